// 网上申报 and 网上预审 (issue #19, decision 0043): an online application's life as data. One row
// per allowed (from, action) with who may take it; the server refuses whatever is not here
// (409 ONLINE_ACTION_NOT_ALLOWED) and the portal and workbench offer exactly `allowedOnlineActions`.
// Acceptance turns the application into case(s) through the case's own intake and intake.accept.

export const onlineStatuses = ['draft', 'submitted', 'correction_requested', 'accepted', 'refused', 'withdrawn'] as const;
export type OnlineStatus = (typeof onlineStatuses)[number];

export const onlineActions = ['submit', 'resubmit', 'review.accept', 'review.request_correction', 'review.refuse', 'withdraw'] as const;
export type OnlineAction = (typeof onlineActions)[number];

/** The applicant (the owning account) or a staff role. */
export type OnlineActor = 'applicant' | 'window_clerk';

/** Facts a row may require beyond the state. */
export interface OnlineFacts {
  /** Corrections already asked for (补正只能一次). */
  correctionRounds: number;
}

export interface OnlineTransition {
  from: readonly OnlineStatus[];
  action: OnlineAction;
  by: readonly OnlineActor[];
  to: OnlineStatus;
  /** 'first_round': allowed only while no correction has been asked for. */
  guard?: 'first_round';
  why: string;
}

const applicant = ['applicant'] as const;
const clerk = ['window_clerk'] as const;

export const onlineTransitions = [
  {
    from: ['draft'],
    action: 'submit',
    by: applicant,
    to: 'submitted',
    why: '提交申请: the form and every required material are complete; the pre-review clock starts',
  },
  {
    from: ['submitted'],
    action: 'review.accept',
    by: clerk,
    to: 'accepted',
    why: '预审通过: the case(s) are taken in and accepted as at the window (same numbers, 受理通知书, due dates)',
  },
  {
    from: ['submitted'],
    action: 'review.request_correction',
    by: clerk,
    to: 'correction_requested',
    guard: 'first_round',
    why: '一次性告知补正: every defect at once; only once per application',
  },
  {
    from: ['correction_requested'],
    action: 'resubmit',
    by: applicant,
    to: 'submitted',
    why: '补正后重新提交: the second round; both rounds stay in the history',
  },
  { from: ['submitted'], action: 'review.refuse', by: clerk, to: 'refused', why: '预审不通过: refused with reasons the applicant is told' },
  {
    from: ['draft', 'submitted', 'correction_requested'],
    action: 'withdraw',
    by: applicant,
    to: 'withdrawn',
    why: '撤回: the applicant withdraws before the window decided',
  },
] as const satisfies readonly OnlineTransition[];

const table: readonly OnlineTransition[] = onlineTransitions;

/** States the applicant may still edit (form, materials, delivery). */
export const editableOnlineStatuses: readonly OnlineStatus[] = ['draft', 'correction_requested'];
/** States waiting in the window's pre-review queue. */
export const waitingOnlineStatuses: readonly OnlineStatus[] = ['submitted'];
export const finalOnlineStatuses: readonly OnlineStatus[] = ['accepted', 'refused', 'withdrawn'];

export const onlineStatusLabels = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待预审', en: 'Waiting for pre-review' },
  correction_requested: { zh: '待补正', en: 'Correction requested' },
  accepted: { zh: '已受理', en: 'Accepted' },
  refused: { zh: '预审不通过', en: 'Refused' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
} as const satisfies Record<OnlineStatus, { zh: string; en: string }>;

export const onlineActionLabels = {
  submit: { zh: '提交申请', en: 'Submit' },
  resubmit: { zh: '补正后提交', en: 'Resubmit' },
  'review.accept': { zh: '预审通过并受理', en: 'Accept' },
  'review.request_correction': { zh: '一次性告知补正', en: 'Request a correction' },
  'review.refuse': { zh: '预审不通过', en: 'Refuse' },
  withdraw: { zh: '撤回申请', en: 'Withdraw' },
} as const satisfies Record<OnlineAction, { zh: string; en: string }>;

export type OnlineStep =
  { ok: true; transition: OnlineTransition; status: OnlineStatus } | { ok: false; reason: 'state' | 'role' | 'once'; status: OnlineStatus };

function guardHolds(t: OnlineTransition, facts: OnlineFacts): boolean {
  return t.guard !== 'first_round' || facts.correctionRounds === 0;
}

export function nextOnlineStatus(
  status: OnlineStatus,
  action: OnlineAction,
  actors: readonly OnlineActor[],
  facts: OnlineFacts,
): OnlineStep {
  const row = table.find((t) => t.action === action && t.from.includes(status));
  if (!row) return { ok: false, reason: 'state', status };
  if (!row.by.some((r) => actors.includes(r))) return { ok: false, reason: 'role', status };
  if (!guardHolds(row, facts)) return { ok: false, reason: 'once', status };
  return { ok: true, transition: row, status: row.to };
}

export function allowedOnlineActions(status: OnlineStatus, actors: readonly OnlineActor[], facts: OnlineFacts): OnlineAction[] {
  return table.filter((t) => t.from.includes(status) && t.by.some((r) => actors.includes(r)) && guardHolds(t, facts)).map((t) => t.action);
}
