// The 联办件 clock (行政许可法 §42): without a limit of the item's own, 45 working days; its one
// extension +15, approved by the government head (the agency head's approval is refused), never
// twice. Checked on random pause ledgers against a day-by-day count over chinese-days (the
// upstream package), as ledger.props.test.ts does for the plain clock.
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { dueDates, requestExtension, type ClockInput, type LedgerPause } from './ledger.ts';

const cal = officialCalendar();
const plus = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function naiveDue(start: string, limit: number, pauses: readonly LedgerPause[]): string {
  let day = start;
  for (let counted = 0; counted < limit; ) {
    day = plus(day, 1);
    const paused = pauses.some((p) => day >= p.from && day < p.to!);
    if (!paused && chineseDays.isWorkday(day)) counted++;
  }
  return day;
}

const jointLedger = fc.record({
  start: fc.integer({ min: 0, max: 110 }).map((n) => plus('2026-01-01', n)),
  spans: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 50 }), length: fc.integer({ min: 1, max: 20 }) }), { maxLength: 3 }),
  askedAfter: fc.integer({ min: 0, max: 70 }),
});

function build(r: { start: string; spans: { offset: number; length: number }[] }): ClockInput {
  const pauses: LedgerPause[] = r.spans.map((s) => ({ from: plus(r.start, s.offset), to: plus(r.start, s.offset + s.length), kind: 'expertReview', reason: '专家评审' }));
  return { startDate: r.start, legal: null, joint: true, ledger: { pauses } };
}

describe('the joint clock (45 working days, +15 once, the government head approves)', () => {
  it('the law’s limit for a joint case is 45 counted working days, moved by the pauses', () => {
    fc.assert(
      fc.property(jointLedger, (r) => {
        const input = build(r);
        expect(dueDates(input, cal).legalDue).toBe(naiveDue(r.start, 45, input.ledger.pauses));
        expect(dueDates({ ...input, joint: false }, cal).legalDue).toBe(naiveDue(r.start, 20, input.ledger.pauses));
      }),
      { numRuns: 300 },
    );
  });

  it('the extension adds 15 counted working days when asked in time by the government head; never twice; not by the agency head', () => {
    fc.assert(
      fc.property(jointLedger, (r) => {
        const input = build(r);
        const askedOn = plus(r.start, r.askedAfter);
        const before = naiveDue(r.start, 45, input.ledger.pauses);
        expect(requestExtension(input, { askedOn, approvedBy: 'agency_head', reason: '复杂' }, cal)).toMatchObject({ ok: false, code: 'EXTENSION_WRONG_APPROVER' });
        const res = requestExtension(input, { askedOn, approvedBy: 'government_head', reason: '复杂' }, cal);
        if (askedOn > before) return void expect(res).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        expect(res.dueDates.legalDue).toBe(naiveDue(r.start, 60, input.ledger.pauses));
        expect(res.dueDates.extension).toMatchObject({ workdays: 15, approvedBy: 'government_head' });
        const second = requestExtension({ ...input, ledger: res.ledger }, { askedOn, approvedBy: 'government_head', reason: '再次' }, cal);
        expect(second).toMatchObject({ ok: false, code: 'EXTENSION_ALREADY_GRANTED' });
      }),
      { numRuns: 300 },
    );
  });

  it('a worked example: accepted Thursday 2026-09-24, 45 working days over 中秋 and 国庆 → 2026-12-03; +15 → 2026-12-24', () => {
    const d = dueDates({ startDate: '2026-09-24', legal: null, joint: true, ledger: { pauses: [] } }, cal);
    expect(d.legalDue).toBe(naiveDue('2026-09-24', 45, []));
    const ext = requestExtension({ startDate: '2026-09-24', legal: null, joint: true, ledger: { pauses: [] } }, { askedOn: '2026-11-20', approvedBy: 'government_head', reason: '联办' }, cal);
    expect(ext.ok && ext.dueDates.legalDue).toBe(naiveDue('2026-09-24', 60, []));
    expect([d.legalDue, ext.ok && ext.dueDates.legalDue]).toEqual(['2026-12-03', '2026-12-24']);
  });
});
