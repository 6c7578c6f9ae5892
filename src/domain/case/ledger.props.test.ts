// The due dates of random pause and extension ledgers over the real 2026 calendar equal a naive
// count written here on its own: walk day by day from the acceptance date, count a day when
// chinese-days (the upstream package, not our WorkCalendar) calls it a working day and no pause
// covers it, stop at the limit. Nothing of the domain's arithmetic is reused.
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { dueDates, requestExtension, type ClockInput, type LedgerPause } from './ledger.ts';

const cal = officialCalendar();

function plus(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Counts `limit` working days after `start`, skipping days inside [from, to) of any pause; null if an open pause swallows the count. */
function naiveDue(start: string, limit: number, pauses: readonly LedgerPause[]): string | null {
  let day = start;
  let counted = 0;
  while (counted < limit) {
    day = plus(day, 1);
    if (pauses.some((p) => p.to === undefined && day >= p.from)) return null;
    const paused = pauses.some((p) => p.to !== undefined && day >= p.from && day < p.to);
    if (!paused && chineseDays.isWorkday(day)) counted++;
  }
  return day;
}

const start = fc.integer({ min: 0, max: 150 }).map((n) => plus('2026-01-01', n));
const pauseSpan = fc.record({ offset: fc.integer({ min: -3, max: 60 }), length: fc.integer({ min: 0, max: 25 }), open: fc.boolean() });
const ledgerArb = fc.record({
  start,
  limit: fc.integer({ min: 1, max: 45 }),
  promised: fc.option(fc.integer({ min: 1, max: 45 }), { nil: null }),
  joint: fc.boolean(),
  spans: fc.array(pauseSpan, { maxLength: 4 }),
  extension: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
});

function build(r: { start: string; limit: number; promised: number | null; joint: boolean; spans: { offset: number; length: number; open: boolean }[]; extension: number | null }) {
  // At most one open pause, and it is the last one (the ledger allows one at a time).
  const pauses: LedgerPause[] = r.spans.map((s, i) => {
    const from = plus(r.start, s.offset);
    const open = s.open && i === r.spans.length - 1;
    return open ? { from, kind: 'expertReview', reason: '专家评审' } : { from, to: plus(from, s.length), kind: 'testing', reason: '检测' };
  });
  const input: ClockInput = { startDate: r.start, legal: r.limit, promised: r.promised, joint: r.joint, ledger: { pauses } };
  return input;
}

describe('clock ledger against a naive day-by-day count (real 2026 calendar)', () => {
  it('legal and promised due dates equal the naive count for random pause ledgers', () => {
    fc.assert(
      fc.property(ledgerArb, (r) => {
        const input = build(r);
        const d = dueDates(input, cal);
        const pauses = input.ledger.pauses;
        expect(d.legalDue).toBe(naiveDue(r.start, r.limit, pauses));
        expect(d.promisedDue).toBe(naiveDue(r.start, r.promised ?? r.limit, pauses));
      }),
      { numRuns: 400 },
    );
  });

  it('an approved extension adds 10 (joint 15) counted working days; a late one is refused', () => {
    fc.assert(
      fc.property(ledgerArb, (r) => {
        const input = build(r);
        const askedOn = plus(r.start, r.extension ?? 0);
        const res = requestExtension(input, { askedOn, approvedBy: r.joint ? 'government_head' : 'agency_head', reason: '情况复杂' }, cal);
        const before = naiveDue(r.start, r.limit, input.ledger.pauses);
        if (before !== null && askedOn > before) {
          expect(res).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
          return;
        }
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        expect(res.dueDates.legalDue).toBe(naiveDue(r.start, r.limit + (r.joint ? 15 : 10), input.ledger.pauses));
        expect(res.dueDates.legalDueBeforeExtension).toBe(before);
        // The promise is not extended.
        expect(res.dueDates.promisedDue).toBe(naiveDue(r.start, r.promised ?? r.limit, input.ledger.pauses));
      }),
      { numRuns: 300 },
    );
  });

  it('the 2026 worked example of FACTS §E: Thursday 2026-09-24 + 20 working days = 2026-10-29', () => {
    expect(dueDates({ startDate: '2026-09-24', legal: 20, ledger: { pauses: [] } }, cal).legalDue).toBe('2026-10-29');
    expect(naiveDue('2026-09-24', 20, [])).toBe('2026-10-29');
    // It counts the make-up Saturday 10-10 and skips 中秋 09-25..27 and 国庆 10-01..07.
    expect(chineseDays.isWorkday('2026-10-10')).toBe(true);
    expect(['2026-09-25', '2026-10-01', '2026-10-07'].map((d) => chineseDays.isWorkday(d))).toEqual([false, false, false]);
  });
});
