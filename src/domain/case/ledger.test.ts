import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.ts';
import { certificateDue, hearingDeadlines, hearingProblems, lowerReviewDue, stepDue } from './hearing.ts';
import { closePause, dueDates, openPause, requestExtension, type ClockInput } from './ledger.ts';
import { levelAgainst, warningBoundaries, warningLevelOfDue, worstLevel } from './warnings.ts';

const cal = officialCalendar();
const base: ClockInput = { startDate: '2026-09-24', legal: 20, promised: 14, ledger: { pauses: [] } };
const agencyHead = { approvedBy: 'agency_head' as const, reason: '情况复杂，需补充调查' };

describe('dueDates', () => {
  it('the worked example: 2026-09-24 + 20 working days = 2026-10-29; §42 default when the guide says nothing', () => {
    expect(dueDates(base, cal)).toMatchObject({ legalDue: '2026-10-29', pausedDays: 0, pausedSince: null, extension: null });
    expect(dueDates({ ...base, legal: null }, cal).legalDue).toBe('2026-10-29');
    expect(dueDates({ ...base, legal: null, joint: true }, cal).legalDue).toBe(cal.addWorkdays('2026-09-24', 45));
  });
  it('a pause starting on a holiday counts only the working days it covers', () => {
    // [10-01, 10-09): 国庆 10-01..07 are off; only Thursday 10-08 was a working day.
    const onHoliday = { ...base, ledger: { pauses: [{ from: '2026-10-01', to: '2026-10-09', kind: 'expertReview' as const, reason: '专家评审' }] } };
    expect(dueDates(onHoliday, cal)).toMatchObject({ legalDue: '2026-10-30', pausedDays: 1 });
    // Entirely inside the holiday: nothing moves.
    const inside = { ...base, ledger: { pauses: [{ from: '2026-10-03', to: '2026-10-08', kind: 'testing' as const, reason: '检测' }] } };
    expect(dueDates(inside, cal)).toMatchObject({ legalDue: '2026-10-29', pausedDays: 0 });
  });
  it('an open pause leaves both due dates unknown; one begun after the due date does not save the case', () => {
    const open = { ...base, ledger: { pauses: [{ from: '2026-10-12', kind: 'testing' as const, reason: '检测' }] } };
    expect(dueDates(open, cal)).toMatchObject({ legalDue: null, promisedDue: null, pausedSince: '2026-10-12' });
    const late = { ...base, ledger: { pauses: [{ from: '2026-11-02', kind: 'testing' as const, reason: '检测' }] } };
    expect(dueDates(late, cal)).toMatchObject({ legalDue: '2026-10-29', pausedSince: '2026-11-02' });
  });
});

describe('the ledger actions', () => {
  it('extension: +10 working days on the legal clock only, asked up to the due day', () => {
    const r = requestExtension(base, { ...agencyHead, askedOn: '2026-10-29' }, cal);
    expect(r).toMatchObject({ ok: true, dueDates: { legalDue: '2026-11-12', legalDueBeforeExtension: '2026-10-29', extension: { workdays: 10 } } });
    if (r.ok) expect(r.dueDates.promisedDue).toBe(dueDates(base, cal).promisedDue);
  });
  it('extension asked after the due date is refused with the reason; twice and the wrong approver too', () => {
    const late = requestExtension(base, { ...agencyHead, askedOn: '2026-10-30' }, cal);
    expect(late).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
    if (!late.ok) expect(late.zh).toContain('2026-10-29');
    const once = { ...base, ledger: { pauses: [], extension: { ...agencyHead, askedOn: '2026-10-20' } } };
    expect(requestExtension(once, { ...agencyHead, askedOn: '2026-10-21' }, cal)).toMatchObject({ ok: false, code: 'EXTENSION_ALREADY_GRANTED' });
    expect(requestExtension({ ...base, joint: true }, { ...agencyHead, askedOn: '2026-10-21' }, cal)).toMatchObject({ ok: false, code: 'EXTENSION_WRONG_APPROVER' });
    const joint = requestExtension({ ...base, legal: 45, joint: true }, { ...agencyHead, approvedBy: 'government_head', askedOn: '2026-10-21' }, cal);
    expect(joint).toMatchObject({ ok: true, dueDates: { legalDue: cal.addWorkdays('2026-09-24', 60), extension: { workdays: 15 } } });
  });
  it('while paused the limit cannot run out, so an extension can be asked', () => {
    const open = { ...base, ledger: { pauses: [{ from: '2026-10-20', kind: 'testing' as const, reason: '检测' }] } };
    expect(requestExtension(open, { ...agencyHead, askedOn: '2026-11-20' }, cal).ok).toBe(true);
  });
  it('pause and resume: one open at a time, never resumed before it began', () => {
    const p = openPause(base, { from: '2026-10-12', kind: 'expertReview', reason: '专家评审' }, cal);
    if (!p.ok) throw new Error(p.code);
    const again = openPause({ ...base, ledger: p.ledger }, { from: '2026-10-13', kind: 'testing', reason: '检测' }, cal);
    expect(again).toMatchObject({ ok: false, code: 'PAUSE_ALREADY_OPEN' });
    expect(closePause({ ...base, ledger: p.ledger }, '2026-10-11', cal)).toMatchObject({ ok: false, code: 'PAUSE_BAD_DATES' });
    expect(closePause(base, '2026-10-19', cal)).toMatchObject({ ok: false, code: 'PAUSE_NOT_OPEN' });
    // Off the clock Mon 10-12 .. Fri 10-16: five working days.
    expect(closePause({ ...base, ledger: p.ledger }, '2026-10-19', cal)).toMatchObject({ ok: true, dueDates: { legalDue: cal.addWorkdays('2026-10-29', 5), pausedDays: 5 } });
  });
});

describe('warning levels', () => {
  it('normal → yellow → red → overdue around 2026-10-29 (default: one working day or less)', () => {
    expect(['2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'].map((t) => warningLevelOfDue('2026-10-29', t, cal))).toEqual(['normal', 'yellow', 'red', 'overdue']);
    expect(warningLevelOfDue('2026-10-29', '2026-10-26', cal, 3)).toBe('yellow');
    expect(warningLevelOfDue('2026-10-29', '2026-10-25', cal, 3)).toBe('normal'); // Sun: 26..29 is 4 left
    expect(warningLevelOfDue(null, '2026-10-29', cal)).toBe('paused');
  });
  it('counts working days across weekends and holidays', () => {
    // Due Monday 11-02: on Friday and on Saturday one working day is left.
    expect(warningLevelOfDue('2026-11-02', '2026-10-30', cal)).toBe('yellow');
    expect(warningLevelOfDue('2026-11-02', '2026-10-31', cal)).toBe('yellow');
    // Due 10-08, the first working day after 国庆: yellow already on 09-30.
    expect(warningLevelOfDue('2026-10-08', '2026-09-30', cal)).toBe('yellow');
    expect(warningLevelOfDue('2026-10-08', '2026-09-29', cal)).toBe('normal');
  });
  it('boundaries are two dates, so one comparison per case (what the SQL job does)', () => {
    const b = warningBoundaries('2026-09-30', cal);
    expect(b).toEqual({ today: '2026-09-30', yellowBefore: '2026-10-09' });
    expect(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09'].map((d) => levelAgainst(d, b))).toEqual(['overdue', 'red', 'yellow', 'normal']);
    expect(worstLevel('normal', 'paused', 'yellow')).toBe('yellow');
    expect(worstLevel('red', 'overdue')).toBe('overdue');
  });
});

describe('hearing, certificate, lower-level review and step clocks', () => {
  it('hearing: ask within 5 days (moved off 国庆), hold within 20 working days, notice 7 days ahead', () => {
    const d = hearingDeadlines({ toldOn: '2026-09-28', requestedOn: '2026-10-08', scheduledOn: '2026-10-11' }, cal);
    // 09-28 + 5 = 10-03, a holiday → 10-08; 10-11 − 7 = 10-04, a holiday → notify by 09-30.
    expect(d).toEqual({ requestBy: '2026-10-08', holdBy: '2026-11-04', noticeBy: '2026-09-30' });
    expect(hearingProblems({ toldOn: '2026-09-28', requestedOn: '2026-10-08', scheduledOn: '2026-11-04', noticeSentOn: '2026-10-28' }, cal)).toEqual([]);
    const bad = hearingProblems({ toldOn: '2026-09-28', requestedOn: '2026-10-09', scheduledOn: '2026-11-06', noticeSentOn: '2026-11-02' }, cal);
    expect(bad.map((p) => p.zh.slice(0, 4))).toEqual(['听证申请', '听证须在', '听证通知']);
  });
  it('certificate within 10 working days of the decision (§44); §43 review 20 working days; a step its own limit', () => {
    expect(certificateDue('2026-09-24', cal)).toBe('2026-10-15');
    expect(lowerReviewDue('2026-09-24', [], cal)).toBe('2026-10-29');
    expect(lowerReviewDue('2026-09-24', [{ from: '2026-10-12', kind: 'testing', reason: '检测' }], cal)).toBeNull();
    expect(stepDue({ startedOn: '2026-09-24', limitWorkdays: 3 }, [], cal)).toBe('2026-09-30');
  });
});
