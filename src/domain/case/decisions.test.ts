import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, officialCalendar, toEpochDay } from '../calendar/index.ts';
import { caseDeadlines, type CaseClockInput } from './clocks.ts';
import { nationalCodes, vendorEventsOf } from './national-codes.ts';
import { buildNotice, missingElements, noticeText } from './notices/index.ts';
import { noticeFixtures } from './notices/notice.fixture.ts';
import { extensionWorkdays } from './ledger.ts';
import { ledgerOf, type LedgerRecord } from './pauses.ts';
import { noFlags, replay, type CaseStatus } from './states.ts';

// Issue #17: the clock ledger of pauses and the extension, the endings' national codes, and
// the back office's notices (FACTS §F).
const cal = officialCalendar();
const base: CaseClockInput = { acceptedOn: '2026-09-24', caseType: 'promised', legalLimit: { amount: 20, unit: 'workday' }, promisedLimit: { amount: 14, unit: 'workday' }, pauses: [], extensions: [] };
const pause = (from: string, reason = '专家评审'): LedgerRecord => ({ pause: { kind: 'expertReview', reason, timeNeeded: { amount: 10, unit: 'workday' }, from } });

describe('the clock ledger', () => {
  it('pairs each pause.end with the open pause and reads the extension', () => {
    const l = ledgerOf([
      { action: 'intake.accept' },
      { action: 'pause.start', ledger: pause('2026-10-12') },
      { action: 'pause.end', ledger: { pauseEnd: { to: '2026-10-16' } } },
      { action: 'pause.start', ledger: pause('2026-10-20', '检测') },
      { action: 'extension.approve', ledger: { extension: { askedOn: '2026-10-21', approvedBy: 'agency_head', approverName: '局长', reason: '情况复杂' } } },
    ]);
    expect(l.pauses).toEqual([
      { from: '2026-10-12', to: '2026-10-16', reason: '专家评审', kind: 'expertReview' },
      { from: '2026-10-20', reason: '检测', kind: 'expertReview' },
    ]);
    expect(l.extension).toEqual({ askedOn: '2026-10-21', approvedBy: 'agency_head', approverName: '局长', reason: '情况复杂' });
  });

  it('+10 working days, joint cases +15 (§42)', () => {
    expect(extensionWorkdays(false)).toBe(10);
    expect(extensionWorkdays(true)).toBe(15);
  });

  it('a closed pause moves both due dates by exactly the working days it covered (day-by-day count)', () => {
    const start = toEpochDay('2026-09-25');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 20 }), (offset, length) => {
        const from = fromEpochDay(start + offset);
        const to = fromEpochDay(start + offset + length);
        const l = ledgerOf([{ action: 'pause.start', ledger: pause(from) }, { action: 'pause.end', ledger: { pauseEnd: { to } } }]);
        const before = caseDeadlines(base, '2026-09-24', cal);
        const after = caseDeadlines({ ...base, pauses: l.pauses }, '2026-09-24', cal);
        let paused = 0;
        for (let d = start + offset; d < start + offset + length; d++) if (cal.isWorkday(fromEpochDay(d))) paused++;
        expect(after.legal.due).toBe(cal.addWorkdays(before.legal.due!, paused));
        expect(after.promised.due).toBe(cal.addWorkdays(before.promised.due!, paused));
      }),
      { numRuns: 200 },
    );
  });

  it('the 2026 example: 20 working days from 09-24 is 10-29; an expert review 10-12..10-16 adds 4; the extension adds 10 to the legal date only', () => {
    expect(caseDeadlines(base, '2026-09-24', cal).legal.due).toBe('2026-10-29');
    const l = ledgerOf([
      { action: 'pause.start', ledger: pause('2026-10-12') },
      { action: 'pause.end', ledger: { pauseEnd: { to: '2026-10-16' } } },
      { action: 'extension.approve', ledger: { extension: { askedOn: '2026-10-20', approvedBy: 'agency_head', reason: '情况复杂' } } },
    ]);
    const ext = l.extension ? [{ amount: extensionWorkdays(false), unit: 'workday' as const, approver: '局长', reason: l.extension.reason }] : [];
    const d = caseDeadlines({ ...base, pauses: l.pauses, extensions: ext }, '2026-10-20', cal);
    expect(d.legal.due).toBe(cal.addWorkdays('2026-10-29', 14));
    expect(d.promised.due).toBe(cal.addWorkdays(caseDeadlines(base, '2026-09-24', cal).promised.due!, 4));
  });
});

describe('endings and the national result codes', () => {
  const item = { instant: false, waiverAllowed: false, commitmentEligible: false };
  const clerk = ['window_clerk'] as const;
  const accepted = replay([{ action: 'intake.accept', roles: [...clerk] }], item);
  const approved = replay([{ action: 'review.start', roles: ['approver'] }, { action: 'decide.approve', roles: ['approver'] }], item, accepted);
  const codes = (s: CaseStatus, more = {}) => nationalCodes({ status: s, everAccepted: true, caseType: 'promised', certificate: true, ...more });

  it('terminate → stopped, 13, result 1 (退回), not the 容缺 overrun 5', () => {
    const s = replay([{ action: 'terminate', roles: ['department_head'] }], item, accepted);
    expect(codes(s, { stoppedBy: 'terminate' })).toMatchObject({ vendorState: 13, result: 1 });
    expect(codes(s)).toMatchObject({ result: 5 });
    expect(vendorEventsOf('terminate', null)).toEqual([13]);
  });
  it('revoke → revoked, 15, result 2 (作废); withdraw → 14, result 1; refusal concluded → 13, result 1', () => {
    expect(codes(replay([{ action: 'revoke', roles: ['department_head'] }], item, approved))).toMatchObject({ vendorState: 15, result: 2 });
    expect(vendorEventsOf('revoke', 'approved')).toEqual([15]);
    expect(codes(replay([{ action: 'withdraw', roles: [...clerk] }], item, accepted))).toMatchObject({ vendorState: 14, result: 1 });
    const refused = replay([{ action: 'review.start', roles: ['approver'] }, { action: 'decide.refuse', roles: ['approver'] }, { action: 'conclude', roles: [...clerk] }], item, accepted);
    expect(codes(refused)).toMatchObject({ vendorState: 13, result: 1 });
    expect(codes(replay([{ action: 'conclude', roles: [...clerk] }], item, approved))).toMatchObject({ vendorState: 11, result: 0 });
  });
  it('the pause and the extension: 9 and 10 around the pause, nothing for the extension', () => {
    expect(codes({ state: 'in_review', flags: { ...noFlags, paused: true }, decision: null })).toMatchObject({ vendorState: 9 });
    expect(['pause.start', 'pause.end', 'extension.request', 'extension.approve', 'extension.reject'].map((a) => vendorEventsOf(a as never, null))).toEqual([[9], [10], [], [], []]);
  });
});

describe('the back office notices (FACTS §F)', () => {
  it('不予行政许可决定书: reasons, basis, 行政复议 in 60 days and 行政诉讼 in 6 months with the bodies', () => {
    const doc = buildNotice(noticeFixtures.refusal);
    const text = noticeText(doc);
    expect(missingElements('refusal', doc)).toEqual([]);
    expect(text).toContain('六十日内向旬阳市人民政府申请行政复议');
    expect(text).toContain('六个月内向旬阳市人民法院提起行政诉讼');
    expect(text).toContain('经营场所与有毒有害场所的距离不符合规定');
    expect(missingElements('refusal', doc, text.replace('六十日内', ''))).toContain('reviewRight');
  });
  it('特别程序告知书 gives the procedure, reason and time needed; 延长 the reason, length and new date', () => {
    const sp = noticeText(buildNotice(noticeFixtures.special_procedure));
    expect(sp).toContain('专家评审');
    expect(sp).toContain('15个工作日');
    expect(sp).toContain('不计算在审批期限内');
    const ext = noticeText(buildNotice(noticeFixtures.extension));
    expect(ext).toContain('延长10个工作日');
    expect(ext).toContain('2026年11月12日前作出决定');
  });
  it('准予行政许可决定书 records the certificate and its §44 date; a certificate without a number is refused', () => {
    const text = noticeText(buildNotice(noticeFixtures.approval));
    expect(text).toContain('食品经营许可证（编号：JY16104290001234，有效期至2031年10月19日，发证机关：旬阳市市场监督管理局）');
    expect(text).toContain('2026年11月3日前颁发许可证件');
    const bad = { ...noticeFixtures.approval, certificate: { name: '食品经营许可证', number: ' ', validUntil: null, issuingBody: '局' } };
    expect(() => buildNotice(bad as never)).toThrow();
  });
});
