// The life of a case (办件) as data: one row per allowed (state, action) with who may do it,
// the conditions it needs, the state and flags it leads to, and why the row exists. The server
// refuses whatever is not in this table (409 CASE_ACTION_NOT_ALLOWED with the current state),
// and the UI offers exactly the actions `allowedActions` returns. To add an action: add a row
// here, one use case on the server, one test.
//
// 补正, 容缺待补, 承诺待核查 and pauses are FLAGS beside the state (CASES.md lesson 4): a case
// waiting for a correction is still "received", an accepted case with a waived material is
// still "accepted". The flags never change what the state means to lists and national codes;
// they only guard rows and show warnings.
import type { Role } from '../access/roles.ts';
import type { CaseType } from '../catalog/code-tables.ts';

export const caseStates = [
  'draft', // 草稿: an online application not yet submitted
  'received', // 已接件: registered, materials being checked (补正 is a flag here)
  'accepted', // 已受理: accepted, waiting for the department (承诺件)
  'in_review', // 审查中: a department works on it
  'decided_approved', // 准予: decided in favour (also 即办 and 告知承诺 on the spot)
  'decided_refused', // 不予许可
  'not_accepted', // 不予受理: refused at the window with a 决定书
  'stopped', // 终止办理: the 容缺 deadline passed; the item's fallback stopped the case
  'withdrawn', // 撤回: the applicant withdrew before a decision
  'revoked', // 撤销: a false commitment found on verification revoked the decision
  'concluded', // 办结: result delivered or refusal served
  'archived', // 归档
  // issue #17 上报件 (decision 0035): forwarded to the center above; the result comes back here
  'escalated', // 已上报
] as const;
export type CaseState = (typeof caseStates)[number];

export const caseActions = [
  'submit',
  'intake.accept',
  'intake.one_time_notice',
  'intake.resume',
  'intake.refuse',
  'intake.accept_with_waiver',
  'intake.commitment_approve',
  'decide_on_spot',
  'review.start',
  'pause.start',
  'pause.end',
  'step.pass',
  'step.return',
  'decide.approve',
  'decide.refuse',
  // issue #17: extension (§42), termination and revocation; one block (tasks adds step.* elsewhere)
  'extension.request',
  'extension.approve',
  'extension.reject',
  'terminate',
  'revoke',
  'waiver.supply',
  'waiver.fallback',
  'commitment.verify',
  'commitment.revoke',
  'withdraw',
  'conclude',
  'archive',
  'material.scan',
  'clock.recompute',
  // issue #17, 联办件 (decision 0034): a joint department submits its sub-task's opinion
  'joint.opinion',
  // issue #18, handing out the result: the cabinet's pickup ends the case with no clerk present
  'delivery.collected',
  // issue #17 上报件 (decision 0035): one block
  'escalate',
  'escalation.accept',
  'escalation.approve',
  'escalation.refuse',
  'escalation.end',
  'escalation.deliver',
  'escalation.withdraw',
  // issue #18, fees (收缴分离, decision 0037): the fee module's notice opens and settles the case's fee
  'fee.charge',
  'fee.settle',
  // issue #17, special steps (decision 0036): the hearing's notices (§47–48)
  'hearing.inform',
  'hearing.request',
  'hearing.schedule',
] as const;
export type CaseAction = (typeof caseActions)[number];

/** Staff roles, plus the applicant (online hall) and 'system' for timed jobs (容缺 fallback, archiving). */
export type CaseActor = Role | 'system' | 'applicant';

/** Flags beside the state, stored on the case row and changed only by the table's rows. */
export interface CaseFlags {
  /** 补正: a one-time notice was issued and the applicant has not returned yet. */
  awaitingCorrection: boolean;
  /** 容缺待补: accepted with a waived material that has not arrived yet. */
  waiverPending: boolean;
  /** 承诺待核查: approved on a commitment (告知承诺) that has not been verified yet. */
  commitmentPending: boolean;
  /** 暂停: a pause of the clock (§45 special procedure) is open. */
  paused: boolean;
  /** 延长待批: an extension (§42) was asked for and the agency head has not answered yet. */
  extensionPending: boolean;
  /** 已延长: the one extension §42 allows was approved; no second one. */
  extended: boolean;
  /** 待缴费: a payment notice is issued and not yet paid or waived; the result is not handed out (issue #18). */
  feeDue: boolean;
}

/** What the pinned item version allows; read from the version, never stored as case flags. */
export interface ItemFacts {
  /** 即办件: may be decided at the window. */
  instant: boolean;
  /** At least one material of the version is 可容缺. */
  waiverAllowed: boolean;
  /** The version is eligible for 告知承诺. */
  commitmentEligible: boolean;
  /** 联办件 (decision 0034): joint departments work parallel sub-tasks; absent = not joint. */
  joint?: boolean;
}

/** The ItemFacts of a pinned version's guide. */
export function itemFactsOf(version: { caseType: CaseType; commitmentEligible: boolean; materials: readonly { waivable: boolean }[] }): ItemFacts {
  return {
    instant: version.caseType === 'instant',
    waiverAllowed: version.materials.some((m) => m.waivable),
    commitmentEligible: version.commitmentEligible,
    ...(version.caseType === 'joint' ? { joint: true } : {}),
  };
}

/** What the case's center allows, from the org tree (issue #17 上报件); absent means no. */
export interface PlaceFacts {
  /** The case's center has a center above it (a township or village center): it may forward a case there. */
  upperCenter?: boolean;
}

export type CaseFacts = CaseFlags & ItemFacts & PlaceFacts;
export type Decision = 'approved' | 'refused';

export const noFlags: CaseFlags = { awaitingCorrection: false, waiverPending: false, commitmentPending: false, paused: false, extensionPending: false, extended: false, feeDue: false };

export interface CaseTransition {
  from: CaseState;
  action: CaseAction;
  by: readonly CaseActor[];
  /** Every listed fact must have this value, or the row does not apply. */
  when?: Partial<CaseFacts>;
  to: CaseState;
  /** Flags the row sets (the others stay as they were). */
  sets?: Partial<CaseFlags>;
  /** The decision the row records. */
  decides?: Decision;
  why: string;
}

const clerk = ['window_clerk'] as const;
const backOffice = ['approver', 'department_head'] as const;
/** 本行政机关负责人: approves extensions, terminates and revokes (行政许可法 §42, §69). */
const head = ['department_head'] as const;
/** What an ending clears: nothing is owed, paused or awaiting an answer on an ended case. */
const clearOpen = { awaitingCorrection: false, waiverPending: false, paused: false, extensionPending: false } as const;
const openBeforeDecision = ['received', 'accepted', 'in_review'] as const;
const endedStates = ['concluded', 'not_accepted', 'withdrawn', 'revoked', 'stopped'] as const;
/** Where the window still adds materials: at intake (补正 included) and while a waived one is owed. */
const materialStates = ['received', 'accepted', 'in_review', 'decided_approved'] as const;
/** Where the due dates still run (a decision stops the clock). */
const runningClockStates = ['accepted', 'in_review'] as const;

export const caseTransitions = [
  { from: 'draft', action: 'submit', by: ['applicant', 'window_clerk', 'proxy_agent'], to: 'received', why: 'an online or proxy application is handed in (已接件)' },
  {
    from: 'received',
    action: 'intake.accept',
    by: clerk,
    when: { awaitingCorrection: false },
    to: 'accepted',
    why: '受理: materials complete and in legal form (行政许可法 §32); the clock starts the next day',
  },
  {
    from: 'received',
    action: 'intake.one_time_notice',
    by: clerk,
    when: { awaitingCorrection: false },
    to: 'received',
    sets: { awaitingCorrection: true },
    why: '一次性告知: every missing or defective material in one notice (§32); the same record waits for the applicant',
  },
  {
    from: 'received',
    action: 'intake.resume',
    by: clerk,
    when: { awaitingCorrection: true },
    to: 'received',
    sets: { awaitingCorrection: false },
    why: 'the applicant returned with the corrections; what was already received stays',
  },
  {
    from: 'received',
    action: 'intake.refuse',
    by: clerk,
    to: 'not_accepted',
    sets: { awaitingCorrection: false },
    why: '不予受理: not within the agency\'s powers or not an application at all; a 决定书 names the competent agency (§32)',
  },
  {
    from: 'received',
    action: 'intake.accept_with_waiver',
    by: clerk,
    when: { awaitingCorrection: false, waiverAllowed: true },
    to: 'accepted',
    sets: { waiverPending: true },
    why: '容缺受理: a secondary material may follow on the applicant\'s signed commitment, before a deadline',
  },
  {
    from: 'received',
    action: 'intake.commitment_approve',
    by: clerk,
    when: { awaitingCorrection: false, commitmentEligible: true },
    to: 'decided_approved',
    sets: { commitmentPending: true },
    decides: 'approved',
    why: '告知承诺: decided on the spot on the applicant\'s commitment; verified afterwards (国办发〔2020〕42号)',
  },
  {
    from: 'received',
    action: 'decide_on_spot',
    by: clerk,
    when: { awaitingCorrection: false, instant: true },
    to: 'decided_approved',
    decides: 'approved',
    why: '即办件: accepted and decided at the window the same day',
  },
  { from: 'accepted', action: 'review.start', by: backOffice, to: 'in_review', why: 'the department takes the case (部门受理)' },
  ...(['accepted', 'in_review'] as const).flatMap((from) => [
    {
      from,
      action: 'pause.start' as const,
      by: backOffice,
      when: { paused: false },
      to: from,
      sets: { paused: true },
      why: 'a §45 step (hearing, testing, expert review…) stops the clock; the applicant is told in writing',
    },
    { from, action: 'pause.end' as const, by: backOffice, when: { paused: true }, to: from, sets: { paused: false }, why: 'the excluded step ended; the clock runs again' },
  ]),
  // Back-office steps (issue #17): the pinned version's 办理流程 behind the window. The step
  // plan and the tasks live beside the case (domain/case/steps.ts); these rows only say who may
  // move a case between its steps. The last step's pass is the decision itself (decide.*).
  {
    from: 'in_review',
    action: 'step.pass',
    by: backOffice,
    when: { paused: false },
    to: 'in_review',
    why: 'a step (承办 / 审核 …) is done with its checklist and opinion; the next step\'s task opens',
  },
  {
    from: 'in_review',
    action: 'step.return',
    by: backOffice,
    when: { paused: false },
    to: 'in_review',
    why: 'a step sends the case back to an earlier step with a reason (退回); that step\'s task opens again',
  },
  // ---- issue #17: decisions, the one extension, termination and revocation (one block) ----
  {
    from: 'in_review',
    action: 'decide.approve',
    by: backOffice,
    when: { paused: false },
    to: 'decided_approved',
    sets: { extensionPending: false },
    decides: 'approved',
    why: '准予许可: a written decision (§38); the certificate is due within 10 working days (§44)',
  },
  {
    from: 'in_review',
    action: 'decide.refuse',
    by: backOffice,
    when: { paused: false },
    to: 'decided_refused',
    sets: { waiverPending: false, extensionPending: false },
    decides: 'refused',
    why: '不予许可: reasons and the rights to 行政复议 and 行政诉讼 (§38)',
  },
  ...(['accepted', 'in_review'] as const).flatMap((from) => [
    {
      from,
      action: 'extension.request' as const,
      by: backOffice,
      when: { paused: false, extensionPending: false, extended: false },
      to: from,
      sets: { extensionPending: true },
      why: '延长: asked before the legal due date (checked on the server), at most once (§42)',
    },
    {
      from,
      action: 'extension.approve' as const,
      by: head,
      when: { extensionPending: true },
      to: from,
      sets: { extensionPending: false, extended: true },
      why: 'the agency head approves +10 working days (joint cases +15 with the government head\'s approval); the applicant is told why',
    },
    {
      from,
      action: 'extension.reject' as const,
      by: head,
      when: { extensionPending: true },
      to: from,
      sets: { extensionPending: false },
      why: 'the agency head refuses the extension; the original due date stands',
    },
  ]),
  ...openBeforeDecision.map((from) => ({
    from,
    action: 'terminate' as const,
    by: head,
    to: 'stopped' as const,
    sets: clearOpen,
    why: '终止办理: the application cannot go on (the applicant died or was dissolved, the matter fell away); a notice gives the reason and the rights',
  })),
  ...(['decided_approved', 'concluded'] as const).map((from) => ({
    from,
    action: 'revoke' as const,
    by: head,
    to: 'revoked' as const,
    sets: { commitmentPending: false, waiverPending: false },
    why: '撤销: a decision obtained by deceit or made unlawfully is revoked (§69); a 决定书 gives the reason and the rights',
  })),
  // ---- end of the issue #17 block ----
  ...(['accepted', 'in_review', 'decided_approved'] as const).map((from) => ({
    from,
    action: 'waiver.supply' as const,
    by: ['window_clerk', 'approver', 'department_head'] as const,
    when: { waiverPending: true },
    to: from,
    sets: { waiverPending: false },
    why: 'the waived material arrived in time; the 容缺 flag clears',
  })),
  ...(['accepted', 'in_review', 'decided_approved'] as const).map((from) => ({
    from,
    action: 'waiver.fallback' as const,
    by: ['system', 'department_head'] as const,
    when: { waiverPending: true },
    to: 'stopped' as const,
    sets: { waiverPending: false, paused: false, extensionPending: false },
    why: 'the 容缺 deadline passed without the material: the item\'s fallback stops the case and the applicant is told',
  })),
  ...(['decided_approved', 'concluded'] as const).flatMap((from) => [
    {
      from,
      action: 'commitment.verify' as const,
      by: backOffice,
      when: { commitmentPending: true },
      to: from,
      sets: { commitmentPending: false },
      why: 'post-verification found the commitment true',
    },
    {
      from,
      action: 'commitment.revoke' as const,
      by: ['department_head'] as const,
      when: { commitmentPending: true },
      to: 'revoked' as const,
      sets: { commitmentPending: false },
      why: 'a false commitment: the decision is revoked and recorded against the applicant (国办发〔2020〕42号)',
    },
  ]),
  ...openBeforeDecision.map((from) => ({
    from,
    action: 'withdraw' as const,
    by: ['window_clerk', 'applicant'] as const,
    to: 'withdrawn' as const,
    sets: clearOpen,
    why: 'the applicant withdraws before a decision (撤回)',
  })),
  {
    from: 'decided_approved',
    action: 'conclude',
    by: ['window_clerk', 'approver', 'department_head'],
    when: { waiverPending: false, feeDue: false },
    to: 'concluded',
    why: '办结: the result is delivered; never while a waived material is still owed, nor while a fee is due (收费 before 出件)',
  },
  { from: 'decided_refused', action: 'conclude', by: ['window_clerk', 'approver', 'department_head'], to: 'concluded', why: '办结: the refusal is served' },
  ...endedStates.map((from) => ({
    from,
    action: 'archive' as const,
    // issue #18: the archivist (档案管理员) runs a month's batch on demand; the monthly job acts as system
    by: ['system', 'center_manager', 'archivist'] as const,
    when: { commitmentPending: false },
    to: 'archived' as const,
    why: 'the monthly archive batch (DA/T 85); never while a commitment still awaits verification',
  })),
  ...materialStates.map((from) => ({
    from,
    action: 'material.scan' as const,
    by: ['window_clerk', 'duty_head'] as const,
    to: from,
    why: 'a scan of a material (document camera or file) is recorded on its checklist line; the file itself is already in the file store',
  })),
  ...runningClockStates.map((from) => ({
    from,
    action: 'clock.recompute' as const,
    by: ['system'] as const,
    to: from,
    why: 'due dates counted on a provisional year (Mon–Fri, 元旦 off) are counted again once that year\'s days off are imported',
  })),
  // ---- issue #17, 联办件 (decision 0034) ----
  ...(['accepted', 'in_review'] as const).map((from) => ({
    from,
    action: 'joint.opinion' as const,
    by: backOffice,
    when: { joint: true },
    to: from,
    why: '联办: a joint department ends its parallel sub-task with its opinion (同意 / 不同意); the lead decides once every sub-task is in',
  })),
  // ---- issue #18: handing out the result (the window's hand-out and mail use conclude) ----
  ...(['decided_approved', 'decided_refused'] as const).map((from) => ({
    from,
    action: 'delivery.collected' as const,
    by: ['system'] as const,
    when: { waiverPending: false },
    to: 'concluded' as const,
    why: '办结 by the self-service cabinet: the collector entered the single-use pickup code and the door opened (no clerk present)',
  })),
  // ---- end of the issue #18 block ----
  // ---- issue #17 上报件 (decision 0035): forward to the center above, the result comes back ----
  ...(['accepted', 'in_review'] as const).map((from) => ({
    from,
    action: 'escalate' as const,
    by: ['window_clerk', 'approver', 'department_head'] as const,
    when: { upperCenter: true, paused: false, waiverPending: false, extensionPending: false },
    to: 'escalated' as const,
    why: '上报: a township (or village) center forwards the case, after its own review (§43: within 20 working days), to the center above as a linked case; the materials travel with it',
  })),
  {
    from: 'received',
    action: 'escalation.accept',
    by: ['system'],
    when: { awaitingCorrection: false },
    to: 'accepted',
    why: 'the linked case at the center above is accepted as it arrives: the applicant submits nothing again; its own clocks start the next day',
  },
  {
    from: 'escalated',
    action: 'escalation.approve',
    by: ['system'],
    to: 'decided_approved',
    decides: 'approved',
    why: 'the center above approved: the decision comes back to the window of origin, which hands out the result',
  },
  {
    from: 'escalated',
    action: 'escalation.refuse',
    by: ['system'],
    to: 'decided_refused',
    decides: 'refused',
    why: 'the center above refused: the refusal comes back to the window of origin, which serves it',
  },
  {
    from: 'escalated',
    action: 'escalation.end',
    by: ['system'],
    to: 'stopped',
    why: 'the case above ended without a decision (withdrawn, terminated): the case of origin stops with it',
  },
  ...(['decided_approved', 'decided_refused'] as const).map((from) => ({
    from,
    action: 'escalation.deliver' as const,
    by: ['system'] as const,
    to: 'concluded' as const,
    why: 'the window of origin handed out the result: the case above is concluded with it (办结)',
  })),
  {
    from: 'escalated',
    action: 'withdraw',
    by: ['window_clerk', 'applicant'],
    to: 'withdrawn',
    sets: clearOpen,
    why: 'the applicant withdraws at the window of origin before the decision above (撤回); the case above is withdrawn with it',
  },
  ...(['accepted', 'in_review'] as const).map((from) => ({
    from,
    action: 'escalation.withdraw' as const,
    by: ['system'] as const,
    to: 'withdrawn' as const,
    sets: clearOpen,
    why: 'the applicant withdrew at the window of origin: the case above stops there too',
  })),
  // ---- end of the 上报件 block ----
  // ---- issue #18, fees (decision 0037): the fee module's write path takes these two rows ----
  ...(['received', 'accepted', 'in_review', 'decided_approved'] as const).map((from) => ({
    from,
    action: 'fee.charge' as const,
    by: ['window_clerk', 'approver', 'department_head'] as const,
    when: { feeDue: false },
    to: from,
    sets: { feeDue: true },
    why: '缴款通知书: a fee by the item\'s published rule is charged; the result waits until it is paid or waived',
  })),
  ...(['received', 'accepted', 'in_review', 'decided_approved', 'decided_refused', 'not_accepted', 'stopped', 'withdrawn', 'revoked', 'concluded'] as const).map((from) => ({
    from,
    action: 'fee.settle' as const,
    by: ['cashier', 'system', 'department_head', 'center_manager'] as const,
    when: { feeDue: true },
    to: from,
    sets: { feeDue: false },
    why: 'the notice owes nothing more: paid (a cashier or the payment platform) or waived (减免 by the department head or center manager)',
  })),
  // ---- end of the fees block ----
  // ---- issue #17, special steps: the hearing (行政许可法 §47–48, decision 0036). The hearing's own
  // order (told → requested → noticed) and its dates are checked by the effect (special/hearing-plan.ts). ----
  ...runningClockStates.flatMap((from) => [
    {
      from,
      action: 'hearing.inform' as const,
      by: backOffice,
      to: from,
      why: '听证告知: the applicant and interested parties are told in writing of their right to ask for a hearing (§47), where the guide lists one or the department finds others\' major interests concerned',
    },
    {
      from,
      action: 'hearing.request' as const,
      by: backOffice,
      to: from,
      why: 'a party asked for a hearing within 5 days of being told (§47); the request is recorded with the day it arrived',
    },
    {
      from,
      action: 'hearing.schedule' as const,
      by: backOffice,
      to: from,
      why: '听证通知: the time and place notified 7 days ahead (§48), the hearing within 20 working days of the request (§47)',
    },
  ]),
  // ---- end of the special steps block ----
] as const satisfies readonly CaseTransition[];

const table: readonly CaseTransition[] = caseTransitions;

export const caseStateInfo = {
  draft: { terminal: false, zh: '草稿', en: 'Draft' },
  received: { terminal: false, zh: '已接件', en: 'Received' },
  accepted: { terminal: false, zh: '已受理', en: 'Accepted' },
  in_review: { terminal: false, zh: '审查中', en: 'In review' },
  decided_approved: { terminal: false, zh: '准予', en: 'Approved' },
  decided_refused: { terminal: false, zh: '不予许可', en: 'Refused' },
  not_accepted: { terminal: false, zh: '不予受理', en: 'Not accepted' },
  stopped: { terminal: false, zh: '终止办理', en: 'Stopped' },
  withdrawn: { terminal: false, zh: '已撤回', en: 'Withdrawn' },
  revoked: { terminal: false, zh: '已撤销', en: 'Revoked' },
  concluded: { terminal: false, zh: '已办结', en: 'Concluded' },
  archived: { terminal: true, zh: '已归档', en: 'Archived' },
  escalated: { terminal: false, zh: '已上报', en: 'Escalated' },
} as const satisfies Record<CaseState, { terminal: boolean; zh: string; en: string }>;

export const caseActionLabels = {
  submit: { zh: '提交申请', en: 'Submit' },
  'intake.accept': { zh: '受理', en: 'Accept' },
  'intake.one_time_notice': { zh: '一次性告知', en: 'One-time notice' },
  'intake.resume': { zh: '补正后继续', en: 'Resume after correction' },
  'intake.refuse': { zh: '不予受理', en: 'Do not accept' },
  'intake.accept_with_waiver': { zh: '容缺受理', en: 'Accept with waiver' },
  'intake.commitment_approve': { zh: '告知承诺', en: 'Approve on commitment' },
  decide_on_spot: { zh: '即办', en: 'Decide on the spot' },
  'review.start': { zh: '部门受理', en: 'Start review' },
  'pause.start': { zh: '暂停计时', en: 'Pause clock' },
  'pause.end': { zh: '恢复计时', en: 'Resume clock' },
  'step.pass': { zh: '提交下一环节', en: 'Pass to next step' },
  'step.return': { zh: '退回', en: 'Return to earlier step' },
  'decide.approve': { zh: '准予许可', en: 'Approve' },
  'decide.refuse': { zh: '不予许可', en: 'Refuse' },
  'extension.request': { zh: '申请延长', en: 'Request extension' },
  'extension.approve': { zh: '批准延长', en: 'Approve extension' },
  'extension.reject': { zh: '不批准延长', en: 'Reject extension' },
  terminate: { zh: '终止办理', en: 'Terminate' },
  revoke: { zh: '撤销许可', en: 'Revoke' },
  'waiver.supply': { zh: '容缺材料补齐', en: 'Waived material supplied' },
  'waiver.fallback': { zh: '容缺超期处理', en: 'Waiver overrun' },
  'commitment.verify': { zh: '承诺核查通过', en: 'Commitment verified' },
  'commitment.revoke': { zh: '虚假承诺撤销', en: 'Revoke (false commitment)' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  conclude: { zh: '办结', en: 'Conclude' },
  archive: { zh: '归档', en: 'Archive' },
  'material.scan': { zh: '材料扫描', en: 'Material scanned' },
  'clock.recompute': { zh: '重算办理时限', en: 'Due dates recomputed' },
  'joint.opinion': { zh: '提交联办意见', en: 'Submit joint opinion' },
  'delivery.collected': { zh: '智能柜取件办结', en: 'Collected from the cabinet' },
  escalate: { zh: '上报', en: 'Escalate' },
  'escalation.accept': { zh: '上报件受理', en: 'Escalated case received' },
  'escalation.approve': { zh: '上级准予（结果回传）', en: 'Approved above (result back)' },
  'escalation.refuse': { zh: '上级不予许可（结果回传）', en: 'Refused above (result back)' },
  'escalation.end': { zh: '上级终止办理', en: 'Ended above' },
  'escalation.deliver': { zh: '原窗口已出件', en: 'Delivered at the window of origin' },
  'escalation.withdraw': { zh: '原窗口撤回', en: 'Withdrawn at the window of origin' },
  'fee.charge': { zh: '开具缴款通知书', en: 'Fee charged' },
  'fee.settle': { zh: '费用已结清', en: 'Fee settled' },
  // issue #17, special steps (decision 0036)
  'hearing.inform': { zh: '告知听证权利', en: 'Tell of the right to a hearing' },
  'hearing.request': { zh: '登记听证申请', en: 'Record a hearing request' },
  'hearing.schedule': { zh: '发出听证通知', en: 'Notice the hearing' },
} as const satisfies Record<CaseAction, { zh: string; en: string }>;

/** The projected status of a case: what its row holds besides the data. */
export interface CaseStatus {
  state: CaseState;
  flags: CaseFlags;
  decision: Decision | null;
}

export type ActionRefusal =
  /** No row for this action in this state. */
  | { ok: false; reason: 'state'; state: CaseState }
  /** A row exists, but none of the actor's roles may use it. */
  | { ok: false; reason: 'role'; state: CaseState; allowedRoles: readonly CaseActor[] }
  /** A row exists, but a fact has the wrong value (e.g. awaitingCorrection, waiverAllowed). */
  | { ok: false; reason: 'condition'; state: CaseState; fact: keyof CaseFacts; expected: boolean };

export type ActionResult = ({ ok: true; transition: CaseTransition } & CaseStatus) | ActionRefusal;

function conditionFailure(row: CaseTransition, facts: CaseFacts): { fact: keyof CaseFacts; expected: boolean } | undefined {
  for (const [fact, expected] of Object.entries(row.when ?? {}) as [keyof CaseFacts, boolean][]) {
    if (facts[fact] !== expected) return { fact, expected };
  }
  return undefined;
}

/** The row for (state, action): at most one, which a test checks. */
export function transitionFor(state: CaseState, action: CaseAction): CaseTransition | undefined {
  return table.find((t) => t.from === state && t.action === action);
}

/**
 * Apply `action` to a case: the new state, flags and decision, or why not. `roles` are every
 * role the actor holds (any one suffices); `item` describes the pinned version.
 */
export function nextState(status: CaseStatus, action: CaseAction, roles: readonly CaseActor[], item: ItemFacts & PlaceFacts): ActionResult {
  const row = transitionFor(status.state, action);
  if (!row) return { ok: false, reason: 'state', state: status.state };
  if (!row.by.some((r) => roles.includes(r))) return { ok: false, reason: 'role', state: status.state, allowedRoles: row.by };
  const failed = conditionFailure(row, { ...status.flags, ...item });
  if (failed) return { ok: false, reason: 'condition', state: status.state, ...failed };
  return {
    ok: true,
    transition: row,
    state: row.to,
    flags: { ...status.flags, ...row.sets },
    decision: row.decides ?? status.decision,
  };
}

/** The actions the actor may take now, in table order: exactly the buttons the UI shows. */
export function allowedActions(status: CaseStatus, roles: readonly CaseActor[], item: ItemFacts & PlaceFacts): CaseAction[] {
  const facts = { ...status.flags, ...item }; // once, not per row of the table
  return table.filter((t) => t.from === status.state && t.by.some((r) => roles.includes(r)) && !conditionFailure(t, facts)).map((t) => t.action);
}

/** The status of a new case: a window intake starts received, an online one as a draft. */
export function initialStatus(state: 'draft' | 'received' = 'received'): CaseStatus {
  return { state, flags: { ...noFlags }, decision: null };
}

/** Replay a history (oldest first) to the status it leads to; throws on an action the table refuses. */
export function replay(history: readonly { action: CaseAction; roles: readonly CaseActor[] }[], item: ItemFacts, start = initialStatus()): CaseStatus {
  let status = start;
  for (const [i, h] of history.entries()) {
    const r = nextState(status, h.action, h.roles, item);
    if (!r.ok) throw new Error(`History entry ${i} (${h.action}) is not allowed in ${status.state}: ${r.reason}`);
    status = { state: r.state, flags: r.flags, decision: r.decision };
  }
  return status;
}

export const terminalCaseStates: readonly CaseState[] = caseStates.filter((s) => caseStateInfo[s].terminal);
/** States in which the case is still being worked on (lists of open cases read these). */
export const openCaseStates: readonly CaseState[] = ['draft', 'received', 'accepted', 'in_review', 'decided_approved', 'decided_refused', 'escalated'];
