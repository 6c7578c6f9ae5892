import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseActions, initialStatus, nextState, noFlags, replay, type CaseActor, type CaseStatus, type ItemFacts } from './states.ts';
import { caseResults, exchangeTimestamp, nationalCodes, vendorCaseStates, vendorEventsOf, type CaseExportFacts } from './national-codes.ts';
import { roles } from '../access/roles.ts';

const all: CaseActor[] = [...roles, 'system', 'applicant'];
const anyItem: ItemFacts = { instant: true, waiverAllowed: true, commitmentEligible: true };
const facts = (status: CaseStatus, more: Partial<CaseExportFacts> = {}): CaseExportFacts => ({ status, everAccepted: false, caseType: 'promised', certificate: true, ...more });
const at = (state: CaseStatus['state'], flags: Partial<CaseStatus['flags']> = {}, decision: CaseStatus['decision'] = null): CaseStatus => ({ state, flags: { ...noFlags, ...flags }, decision });

describe('nationalCodes', () => {
  it.each([
    ['已接件', at('received'), false, { vendorState: 1, acceptanceStatus: null, approvalStage: 1, result: null }],
    ['补正', at('received', { awaitingCorrection: true }), false, { vendorState: 6, acceptanceStatus: null }],
    ['窗口受理', at('accepted'), true, { vendorState: 3, acceptanceStatus: 1, approvalStage: 1 }],
    ['容缺', at('accepted', { waiverPending: true }), true, { vendorState: 12 }],
    ['部门受理', at('in_review'), true, { vendorState: 8, approvalStage: 2 }],
    ['特别程序', at('in_review', { paused: true }), true, { vendorState: 9 }],
    ['不予受理', at('not_accepted'), false, { vendorState: 5, acceptanceStatus: 2, result: 1 }],
    ['办结出证', at('concluded', {}, 'approved'), true, { vendorState: 11, approvalStage: 3, result: 0 }],
    ['不予许可办结', at('concluded', {}, 'refused'), true, { vendorState: 13, result: 1 }],
    ['容缺超期', at('stopped'), true, { vendorState: 13, result: 5 }],
    ['撤回', at('withdrawn'), true, { vendorState: 14, acceptanceStatus: 1, result: 1 }],
    ['撤销', at('revoked', {}, 'approved'), true, { vendorState: 15, result: 2 }],
  ] as const)('%s', (_, status, everAccepted, expected) => {
    expect(nationalCodes(facts(status, { everAccepted }))).toMatchObject(expected);
  });

  it('办结 without a certificate is 6; 办件类型 follows the item (联办 and 上报 are 9)', () => {
    expect(nationalCodes(facts(at('concluded', {}, 'approved'), { certificate: false })).result).toBe(6);
    expect(nationalCodes(facts(at('received'), { caseType: 'instant' })).caseKind).toBe('1');
    expect(nationalCodes(facts(at('received'), { caseType: 'promised' })).caseKind).toBe('2');
    expect(nationalCodes(facts(at('received'), { caseType: 'joint' })).caseKind).toBe('9');
    expect(nationalCodes(facts(at('received'), { caseType: 'escalated' })).caseKind).toBe('9');
  });

  it('an archived case is exported as what it ended as, and needs to know it', () => {
    const archived = at('archived', {}, 'approved');
    expect(nationalCodes(facts(archived, { archivedFrom: 'concluded', everAccepted: true }))).toMatchObject({ vendorState: 11, result: 0 });
    expect(() => nationalCodes(facts(archived))).toThrow();
  });

  it('every status reachable by the table maps to known codes, and 不受理 goes with 不予受理', () => {
    const step = fc.record({ action: fc.constantFrom(...caseActions), roles: fc.constant(all) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let s = initialStatus();
        let everAccepted = false;
        let last = s.state;
        for (const { action, roles: rs } of steps) {
          const r = nextState(s, action, rs, anyItem);
          if (!r.ok) continue;
          last = s.state;
          s = { state: r.state, flags: r.flags, decision: r.decision };
          everAccepted ||= ['accepted', 'decided_approved'].includes(s.state);
          for (const code of vendorEventsOf(action, s.decision)) expect(Object.keys(vendorCaseStates)).toContain(String(code));
        }
        const codes = nationalCodes(facts(s, { everAccepted, archivedFrom: last }));
        if (s.state !== 'archived') expect(codes.vendorState).not.toBeNull();
        if (codes.result !== null) expect(Object.keys(caseResults)).toContain(String(codes.result));
        expect(codes.acceptanceStatus === 2).toBe(codes.vendorState === 5);
      }),
    );
  });
});

describe('vendorEventsOf', () => {
  it('a history of 补正 then 受理 then 办结 exports 6, 7, 3, 8, 11', () => {
    const item = { instant: false, waiverAllowed: false, commitmentEligible: false };
    const history = [
      { action: 'intake.one_time_notice', roles: ['window_clerk'] },
      { action: 'intake.resume', roles: ['window_clerk'] },
      { action: 'intake.accept', roles: ['window_clerk'] },
      { action: 'review.start', roles: ['approver'] },
      { action: 'decide.approve', roles: ['approver'] },
      { action: 'conclude', roles: ['approver'] },
    ] as const;
    const codes: number[] = [];
    let s = initialStatus();
    for (const h of history) {
      s = replay([h], item, s);
      codes.push(...vendorEventsOf(h.action, s.decision));
    }
    expect(codes).toEqual([6, 7, 3, 8, 11]);
    expect(vendorEventsOf('conclude', 'refused')).toEqual([13]);
  });
});

describe('exchangeTimestamp', () => {
  it('is YYYYMMDDThhmmss in Beijing time', () => {
    expect(exchangeTimestamp(new Date('2026-09-24T16:05:09Z'))).toBe('20260925T000509');
  });
});
