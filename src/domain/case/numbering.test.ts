import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../calendar/index.ts';
import {
  CASE_NUMBER_MAX,
  NumberPatternError,
  caseNumberTemplate,
  caseSerialScope,
  compilePattern,
  defaultNoticeNumberConfig,
  formatCaseNumber,
  formatNoticeNumber,
  noticeNumberTemplate,
  noticeSerialScope,
  numberTemplate,
  parseCaseNumber,
  parseNoticeNumber,
  stampNumber,
} from './numbering.ts';
import { noticeKinds } from './notices/kinds.ts';

const implCode = '11610429MB00000014050100900000'.padEnd(31, '0'); // 31 chars like a national 实施编码
const value = (r: ReturnType<typeof formatCaseNumber>) => {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('case numbers', () => {
  it('default: 实施编码 + yyyyMMdd + 4-digit daily serial, 43 characters for a national code', () => {
    const n = value(formatCaseNumber({ code: implCode, date: '2026-09-24', serial: 7 }));
    expect(n).toBe(`${implCode}202609240007`);
    expect(n).toHaveLength(43);
    expect(parseCaseNumber(n)).toEqual({ code: implCode, date: '2026-09-24', serial: 7 });
  });
  it('refuses rather than truncates: serial 10000 of a day, or a number over 50 characters', () => {
    expect(formatCaseNumber({ code: implCode, date: '2026-09-24', serial: 10000 })).toMatchObject({ ok: false, reason: 'serialOutOfRange' });
    expect(formatCaseNumber({ code: 'L'.repeat(39), date: '2026-09-24', serial: 1 })).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(formatCaseNumber({ code: 'L'.repeat(38), date: '2026-09-24', serial: 1 }).ok).toBe(true);
  });
  it('a configured pattern with a prefix and a monthly serial', () => {
    const pattern = 'XY-{code}-{yyyy}{MM}-{serial:6}';
    expect(value(formatCaseNumber({ code: 'ABC123', date: '2026-09-24', serial: 42 }, pattern))).toBe('XY-ABC123-202609-000042');
    expect(caseSerialScope({ code: 'ABC123', date: '2026-09-01' }, pattern)).toBe(caseSerialScope({ code: 'ABC123', date: '2026-09-30' }, pattern));
    expect(parseCaseNumber('XY-ABC123-202609-000042', pattern)).toEqual({ code: 'ABC123', serial: 42 });
  });
  it('one counter per item and day under the default pattern', () => {
    expect(caseSerialScope({ code: 'A1', date: '2026-09-24' })).not.toBe(caseSerialScope({ code: 'A1', date: '2026-09-25' }));
    expect(caseSerialScope({ code: 'A1', date: '2026-09-24' })).not.toBe(caseSerialScope({ code: 'A2', date: '2026-09-24' }));
  });
  it('rejects malformed patterns and numbers', () => {
    expect(() => compilePattern('{code}{yyyyMMdd}')).toThrow(NumberPatternError);
    expect(() => compilePattern('{code}{serial:4}{serial:2}')).toThrow(NumberPatternError);
    expect(() => compilePattern('{code}{serial:4')).toThrow(NumberPatternError);
    expect(() => compilePattern('{co de}{serial:4}')).toThrow(NumberPatternError);
    expect(parseCaseNumber(`${implCode}202602300001`)).toBeUndefined(); // 30 February
    expect(parseCaseNumber(`${implCode}202609240000`)).toBeUndefined(); // serial 0
    expect(parseCaseNumber('abc')).toBeUndefined();
  });

  const code = fc.oneof(fc.stringMatching(/^[0-9A-Z]{31}$/), fc.stringMatching(/^[0-9A-Za-z_-]{1,38}$/));
  const date = fc.integer({ min: toEpochDay('2007-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay);
  const serial = fc.integer({ min: 1, max: 9999 });
  it('round trip: parse(format(x)) = x, and never longer than 50', () => {
    fc.assert(
      fc.property(code, date, serial, (c, d, s) => {
        const n = value(formatCaseNumber({ code: c, date: d, serial: s }));
        expect(n.length).toBeLessThanOrEqual(CASE_NUMBER_MAX);
        expect(parseCaseNumber(n)).toEqual({ code: c, date: d, serial: s });
      }),
    );
  });
  it('ordering: for one item, the text sorts as (date, serial)', () => {
    fc.assert(
      fc.property(code, date, date, serial, serial, (c, d1, d2, s1, s2) => {
        const a = value(formatCaseNumber({ code: c, date: d1, serial: s1 }));
        const b = value(formatCaseNumber({ code: c, date: d2, serial: s2 }));
        const byParts = d1 === d2 ? Math.sign(s1 - s2) : d1 < d2 ? -1 : 1;
        expect(a < b ? -1 : a > b ? 1 : 0).toBe(byParts);
      }),
    );
  });
});

describe('notice numbers', () => {
  it('default: 旬政服受〔2026〕0001号', () => {
    const r = formatNoticeNumber({ kind: 'acceptance', department: '旬政服', year: 2026, serial: 1 });
    expect(r).toEqual({ ok: true, value: '旬政服受〔2026〕0001号' });
    expect(parseNoticeNumber('旬政服不受〔2026〕0012号', ['县市监', '旬政服'])).toEqual({ kind: 'non_acceptance', department: '旬政服', year: 2026, serial: 12 });
    expect(parseNoticeNumber('旬政服受〔2026〕0012号', ['县市监'])).toBeUndefined();
  });
  it('one counter per kind, department and year', () => {
    const scopes = new Set([
      noticeSerialScope({ kind: 'acceptance', department: 'A', year: 2026 }),
      noticeSerialScope({ kind: 'correction', department: 'A', year: 2026 }),
      noticeSerialScope({ kind: 'acceptance', department: 'B', year: 2026 }),
      noticeSerialScope({ kind: 'acceptance', department: 'A', year: 2027 }),
    ]);
    expect(scopes.size).toBe(4);
  });
  it('the default kind abbreviations are distinct', () => {
    const abbrs = Object.values(defaultNoticeNumberConfig.kindAbbreviations);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });
  it('round trip and ordering within a (kind, department, year)', () => {
    const dept = fc.constantFrom('旬政服', '县市监', '旬阳市行政审批局', '民');
    fc.assert(
      fc.property(fc.constantFrom(...noticeKinds), dept, fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (kind, d, year, s1, s2) => {
        const a = formatNoticeNumber({ kind, department: d, year, serial: s1 });
        const b = formatNoticeNumber({ kind, department: d, year, serial: s2 });
        if (!a.ok || !b.ok) throw new Error('format failed');
        expect(parseNoticeNumber(a.value, ['旬政服', '县市监', '旬阳市行政审批局', '民'])).toEqual({ kind, department: d, year, serial: s1 });
        expect(a.value < b.value).toBe(s1 < s2);
      }),
    );
  });
});

// Decision 0047: the database draws the serial and writes the number in one statement, from a
// template made here; the number it writes must be formatNumber's, serial for serial.
describe('number templates (stamped where the serial is drawn)', () => {
  it('give formatNumber\'s value for every serial in range, and nothing beyond it', () => {
    const code = fc.stringMatching(/^[0-9A-Za-z_-]{1,38}$/);
    const date = fc.integer({ min: toEpochDay('2007-01-01'), max: toEpochDay('2099-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(code, date, fc.integer({ min: 1, max: 99_999 }), (c, d, serial) => {
        const t = caseNumberTemplate({ code: c, date: d });
        const f = formatCaseNumber({ code: c, date: d, serial });
        if (!t.ok) {
          expect(f).toMatchObject({ ok: false, reason: t.reason });
          return;
        }
        expect(stampNumber(t.value, serial)).toBe(f.ok ? f.value : undefined);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...noticeKinds), fc.constantFrom('旬政服', '县市监', '民'), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 99_999 }), (kind, department, year, serial) => {
        const t = noticeNumberTemplate({ kind, department, year });
        const f = formatNoticeNumber({ kind, department, year, serial });
        if (!t.ok) throw new Error(t.reason);
        expect(stampNumber(t.value, serial)).toBe(f.ok ? f.value : undefined);
      }),
    );
  });
  it('fail as formatNumber does when a field is missing or the number is too long', () => {
    expect(numberTemplate('{code}{serial:4}', { date: '2026-01-01', text: {} })).toMatchObject({ ok: false, reason: 'missingText' });
    expect(caseNumberTemplate({ code: 'X'.repeat(CASE_NUMBER_MAX), date: '2026-01-01' })).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(numberTemplate('A{serial:3}B{yyyy}', { date: '2026-05-01', text: {} })).toEqual({ ok: true, value: { prefix: 'A', width: 3, suffix: 'B2026' } });
  });
});
