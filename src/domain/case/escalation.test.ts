import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, officialCalendar } from '../calendar/index.ts';
import { lowerReviewClock, returnActionFor } from './escalation.ts';
import { allowedActions, nextState, replay, type CaseStatus } from './states.ts';

const cal = officialCalendar();
const clerk = ['window_clerk'] as const;
const item = { instant: false, waiverAllowed: true, commitmentEligible: false };
const township = { ...item, upperCenter: true };

describe('上报件 rows of the case table', () => {
  const accepted = replay([{ action: 'intake.accept', roles: [...clerk] }], township);

  it('a township center forwards an accepted case; the county (no center above) cannot', () => {
    expect(allowedActions(accepted, [...clerk], township)).toContain('escalate');
    expect(nextState(accepted, 'escalate', [...clerk], township)).toMatchObject({ ok: true, state: 'escalated', decision: null });
    expect(nextState(accepted, 'escalate', [...clerk], item)).toMatchObject({ ok: false, reason: 'condition', fact: 'upperCenter', expected: true });
    expect(allowedActions(accepted, [...clerk], item)).not.toContain('escalate');
  });

  it('not while paused, a waived material is owed or an extension waits; not by the cashier', () => {
    const paused = replay([{ action: 'pause.start', roles: ['approver'] }], township, accepted);
    expect(nextState(paused, 'escalate', ['approver'], township)).toMatchObject({ ok: false, fact: 'paused' });
    const waiver: CaseStatus = { ...accepted, flags: { ...accepted.flags, waiverPending: true } };
    expect(nextState(waiver, 'escalate', [...clerk], township)).toMatchObject({ ok: false, fact: 'waiverPending' });
    expect(nextState(accepted, 'escalate', ['cashier'], township)).toMatchObject({ ok: false, reason: 'role' });
  });

  it('the escalated case waits: staff can do nothing on it; only the result coming back moves it', () => {
    const escalated = replay([{ action: 'escalate', roles: [...clerk] }], township, accepted);
    expect(allowedActions(escalated, ['approver', 'department_head', 'center_manager'], township)).toEqual([]);
    expect(allowedActions(escalated, [...clerk], township)).toEqual(['withdraw']);
    expect(replay([{ action: 'escalation.approve', roles: ['system'] }], township, escalated)).toMatchObject({ state: 'decided_approved', decision: 'approved' });
    expect(replay([{ action: 'escalation.refuse', roles: ['system'] }], township, escalated)).toMatchObject({ state: 'decided_refused', decision: 'refused' });
    expect(replay([{ action: 'escalation.end', roles: ['system'] }], township, escalated)).toMatchObject({ state: 'stopped' });
    // Back at the window of origin: handed out there (办结), like any decided case.
    const back = replay([{ action: 'escalation.approve', roles: ['system'] }], township, escalated);
    expect(allowedActions(back, [...clerk], township)).toContain('conclude');
  });

  it('withdrawn at the window of origin while above: the case above is withdrawn by the system', () => {
    const escalated = replay([{ action: 'escalate', roles: [...clerk] }], township, accepted);
    expect(replay([{ action: 'withdraw', roles: ['applicant'] }], township, escalated)).toMatchObject({ state: 'withdrawn' });
    const arrived = replay([{ action: 'escalation.accept', roles: ['system'] }], item);
    expect(replay([{ action: 'escalation.withdraw', roles: ['system'] }], item, arrived)).toMatchObject({ state: 'withdrawn' });
    expect(nextState(arrived, 'escalation.withdraw', [...clerk], item)).toMatchObject({ ok: false, reason: 'role' });
  });

  it('the case above arrives accepted (system only) and is concluded when the origin hands out the result', () => {
    const arrived = replay([{ action: 'escalation.accept', roles: ['system'] }], item);
    expect(arrived.state).toBe('accepted');
    expect(nextState({ state: 'received', flags: accepted.flags, decision: null }, 'escalation.accept', [...clerk], item)).toMatchObject({ ok: false, reason: 'role' });
    const decided = replay([{ action: 'review.start', roles: ['approver'] }, { action: 'decide.approve', roles: ['approver'] }], item, arrived);
    expect(replay([{ action: 'escalation.deliver', roles: ['system'] }], item, decided)).toMatchObject({ state: 'concluded', decision: 'approved' });
  });

  it('maps the decision above to the action that brings it back', () => {
    expect(returnActionFor('decided_approved')).toBe('escalation.approve');
    expect(returnActionFor('decided_refused')).toBe('escalation.refuse');
    expect(returnActionFor('withdrawn')).toBe('escalation.end');
    expect(returnActionFor('in_review')).toBeNull();
  });
});

describe('the §43 clock of the lower center', () => {
  it('the 2026 worked example: accepted 09-24, forward by 10-29 (国庆 and 中秋 skipped)', () => {
    const c = lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: null, today: '2026-10-28' }, cal);
    expect(c).toEqual({ due: '2026-10-29', forwardedOn: null, level: 'yellow', onTime: null });
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: null, today: '2026-10-29' }, cal).level).toBe('red');
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: null, today: '2026-10-30' }, cal).level).toBe('overdue');
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: null, today: '2026-09-25' }, cal).level).toBe('normal');
  });

  it('stops when the case goes up, and says whether it went in time', () => {
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: '2026-10-29', today: '2026-11-20' }, cal)).toMatchObject({ level: 'none', onTime: true });
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [], forwardedOn: '2026-10-30', today: '2026-11-20' }, cal)).toMatchObject({ level: 'none', onTime: false });
  });

  it('a §45 pause moves the due date by its working days; an open pause shows paused', () => {
    const paused = lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [{ from: '2026-10-12', to: '2026-10-14', kind: 'testing', reason: '检测' }], forwardedOn: null, today: '2026-10-15' }, cal);
    expect(paused.due! > '2026-10-29').toBe(true);
    expect(lowerReviewClock({ acceptedOn: '2026-09-24', pauses: [{ from: '2026-10-12', kind: 'testing', reason: '检测' }], forwardedOn: null, today: '2026-10-15' }, cal)).toMatchObject({ due: null, level: 'paused' });
  });

  it('without pauses the due date is the 20th working day after acceptance, counted day by day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (offset) => {
        const acceptedOn = addDays('2026-01-05', offset);
        let d = acceptedOn;
        for (let n = 0; n < 20; ) {
          d = addDays(d, 1);
          if (cal.isWorkday(d)) n++;
        }
        expect(lowerReviewClock({ acceptedOn, pauses: [], forwardedOn: null, today: acceptedOn }, cal).due).toBe(d);
      }),
      { numRuns: 200 },
    );
  });
});
