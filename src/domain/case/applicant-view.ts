// 我的办件 (issue #19, decision 0045): what the applicant sees of their own case. The history in
// plain words, without the back office's internal steps (scans, step passes, recomputed clocks,
// joint opinions) and never a staff note; what they owe; and what they may still do online.
import type { CaseAction, CaseFlags, CaseState } from './states.ts';
import type { DeliveryStatus } from './delivery.ts';

type Words = { zh: string; en: string };

/** The history line an applicant reads for each action; absent = not shown to the applicant. */
export const applicantTimelineLabels: Partial<Record<CaseAction | 'create', Words>> = {
  create: { zh: '申请已提交，窗口已接件', en: 'Application received' },
  submit: { zh: '网上申请已提交', en: 'Application submitted online' },
  'intake.accept': { zh: '已受理', en: 'Accepted' },
  'intake.accept_with_waiver': { zh: '已容缺受理，请按期补交材料', en: 'Accepted; a material to follow by its deadline' },
  'intake.commitment_approve': { zh: '已按告知承诺办理', en: 'Approved on your commitment' },
  'intake.one_time_notice': { zh: '需要补正材料（一次性告知）', en: 'Materials to correct (one-time notice)' },
  'intake.resume': { zh: '补正材料已收到，继续办理', en: 'Corrections received; processing continues' },
  'intake.refuse': { zh: '不予受理', en: 'Not accepted' },
  decide_on_spot: { zh: '当场办结', en: 'Decided on the spot' },
  'review.start': { zh: '部门审查中', en: 'Under review by the department' },
  'pause.start': { zh: '办理暂停计时（特别程序）', en: 'Clock paused (special procedure)' },
  'pause.end': { zh: '恢复计时', en: 'Clock resumed' },
  'extension.approve': { zh: '办理期限已依法延长', en: 'Time limit extended' },
  'decide.approve': { zh: '准予许可', en: 'Approved' },
  'decide.refuse': { zh: '不予许可', en: 'Refused' },
  terminate: { zh: '终止办理', en: 'Processing stopped' },
  revoke: { zh: '许可已撤销', en: 'Approval revoked' },
  'waiver.supply': { zh: '容缺材料已补齐', en: 'Waived material supplied' },
  'waiver.fallback': { zh: '容缺材料逾期未补', en: 'Waived material not supplied in time' },
  'commitment.revoke': { zh: '因承诺不实撤销许可', en: 'Approval revoked (commitment untrue)' },
  withdraw: { zh: '申请已撤回', en: 'Application withdrawn' },
  conclude: { zh: '已办结，结果已送达', en: 'Concluded; result delivered' },
  'delivery.collected': { zh: '已从智能柜取件，办结', en: 'Collected from the cabinet; concluded' },
  escalate: { zh: '已报送上级机关办理', en: 'Forwarded to the authority above' },
  'escalation.approve': { zh: '上级机关准予许可', en: 'Approved by the authority above' },
  'escalation.refuse': { zh: '上级机关不予许可', en: 'Refused by the authority above' },
  'escalation.end': { zh: '上级机关终止办理', en: 'Stopped by the authority above' },
  'escalation.deliver': { zh: '已办结，结果已送达', en: 'Concluded; result delivered' },
  'fee.charge': { zh: '已开具缴款通知书，请缴费', en: 'Payment notice issued; please pay' },
  'fee.settle': { zh: '费用已缴清', en: 'Fee paid' },
  'hearing.inform': { zh: '告知听证权利', en: 'Told of the right to a hearing' },
  'hearing.schedule': { zh: '听证通知已发出', en: 'Hearing notified' },
  archive: { zh: '已归档', en: 'Archived' },
};

/** Plain state words for the applicant (the window's words for the rest). */
export const applicantStateLabels: Record<CaseState, Words> = {
  draft: { zh: '草稿', en: 'Draft' },
  received: { zh: '已接件，待受理', en: 'Received, to be accepted' },
  accepted: { zh: '已受理，办理中', en: 'Accepted, in progress' },
  in_review: { zh: '审查中', en: 'Under review' },
  decided_approved: { zh: '准予许可，待领取结果', en: 'Approved, result to collect' },
  decided_refused: { zh: '不予许可', en: 'Refused' },
  not_accepted: { zh: '不予受理', en: 'Not accepted' },
  stopped: { zh: '终止办理', en: 'Stopped' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  revoked: { zh: '已撤销', en: 'Revoked' },
  concluded: { zh: '已办结', en: 'Concluded' },
  archived: { zh: '已办结', en: 'Concluded' },
  escalated: { zh: '上级机关办理中', en: 'With the authority above' },
};

/** States in which the applicant may still withdraw (the states table's withdraw rows). */
const withdrawable: readonly CaseState[] = ['received', 'accepted', 'in_review', 'escalated'];
/** States in which the result has not left yet and a delivery choice still counts. */
const deliveryOpen: readonly CaseState[] = ['received', 'accepted', 'in_review', 'escalated', 'decided_approved', 'decided_refused'];
const choosableStatuses: readonly DeliveryStatus[] = ['at_window', 'mail_returned'];

export type OwedThing = 'fee' | 'correction' | 'waived_material';

/** What the applicant owes the center now: a fee, a correction, a waived material. */
export function applicantOwes(flags: Pick<CaseFlags, 'feeDue' | 'awaitingCorrection' | 'waiverPending'>): OwedThing[] {
  return [...(flags.feeDue ? (['fee'] as const) : []), ...(flags.awaitingCorrection ? (['correction'] as const) : []), ...(flags.waiverPending ? (['waived_material'] as const) : [])];
}

export function applicantMayWithdraw(state: CaseState): boolean {
  return withdrawable.includes(state);
}

/** The applicant may choose or change the delivery while the case runs and the result is still at the center. */
export function applicantMayChooseDelivery(state: CaseState, status: DeliveryStatus | null): boolean {
  return deliveryOpen.includes(state) && (status === null || choosableStatuses.includes(status));
}
