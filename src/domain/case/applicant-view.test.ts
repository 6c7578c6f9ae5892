import { describe, expect, it } from 'vitest';
import { applicantMayChooseDelivery, applicantMayWithdraw, applicantOwes, applicantStateLabels, applicantTimelineLabels, caseStates, caseTransitions, noFlags } from './index.ts';

// 我的办件 (decision 0045): what the applicant reads and may do follows the states table.
describe('the applicant’s view of a case', () => {
  it('may withdraw exactly where the states table lets the applicant withdraw', () => {
    const rows = caseTransitions.filter((t) => t.action === 'withdraw' && (t.by as readonly string[]).includes('applicant')).map((t) => t.from);
    expect(caseStates.filter(applicantMayWithdraw).sort()).toEqual([...rows].sort());
  });

  it('hides the back office’s internal steps from the history and names every state plainly', () => {
    for (const internal of ['material.scan', 'clock.recompute', 'step.pass', 'step.return', 'joint.opinion', 'extension.request'] as const) expect(applicantTimelineLabels[internal]).toBeUndefined();
    for (const s of caseStates) expect(applicantStateLabels[s].zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells what is owed, and the delivery may change only while the result is at the center', () => {
    expect(applicantOwes({ ...noFlags, feeDue: true, awaitingCorrection: true })).toEqual(['fee', 'correction']);
    expect(applicantOwes(noFlags)).toEqual([]);
    expect(applicantMayChooseDelivery('accepted', null)).toBe(true);
    expect(applicantMayChooseDelivery('decided_approved', 'mail_returned')).toBe(true);
    expect(applicantMayChooseDelivery('decided_approved', 'mailed')).toBe(false);
    expect(applicantMayChooseDelivery('withdrawn', null)).toBe(false);
    expect(applicantMayChooseDelivery('concluded', 'handed_out')).toBe(false);
  });
});
