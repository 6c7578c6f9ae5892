// The national and vendor codes of a case (CASES.md, FACTS §B, §D), computed at the export
// boundary from our states, flags and actions. Nothing inside the platform stores these codes:
// a province whose interface numbers them differently gets another mapping here, not a
// migration (CASES.md lesson 6).
import { caseTypes, type CaseType } from '../catalog/code-tables.ts';
import type { CaseAction, CaseState, CaseStatus, Decision } from './states.ts';

/** Case state numbers shared by the vendors' platforms (2 is not used by them). */
export const vendorCaseStates = {
  1: '已接件',
  3: '窗口受理',
  4: '不受理',
  5: '不予受理',
  6: '补正开始',
  7: '补正结束',
  8: '部门受理',
  9: '特别程序开始',
  10: '特别程序结束',
  11: '办结（通过）',
  12: '容缺通过',
  13: '办结（不通过）',
  14: '撤回',
  15: '撤销',
} as const;
export type VendorCaseState = keyof typeof vendorCaseStates;

/** 受理状态 of the supervision exchange. */
export const acceptanceStatuses = { 1: '受理', 2: '不受理' } as const;
/** 审批环节 */
export const approvalStages = { 1: '承办', 2: '审核', 3: '批准' } as const;
/** 办结结果 */
export const caseResults = { 0: '出证', 1: '退回', 2: '作废', 3: '删除', 4: '转报', 5: '补正超时驳回', 6: '办结' } as const;

export interface CaseExportFacts {
  status: CaseStatus;
  /** For an archived case: the state it was archived from (the last state before 'archive' in its history). */
  archivedFrom?: CaseState;
  /** Whether the case was ever accepted (a withdrawal after acceptance is still 受理 for the exchange). */
  everAccepted: boolean;
  caseType: CaseType;
  /** The result includes a certificate (证照): 出证 rather than 办结. */
  certificate: boolean;
  /**
   * For a stopped case: what stopped it. The 容缺 overrun (the default) is 补正超时驳回 (5); a
   * termination by the agency head (terminate) sends the application back (1 退回).
   */
  stoppedBy?: 'waiver.fallback' | 'terminate';
}

export interface NationalCodes {
  vendorState: VendorCaseState | null;
  acceptanceStatus: keyof typeof acceptanceStatuses | null;
  approvalStage: keyof typeof approvalStages | null;
  result: keyof typeof caseResults | null;
  /** 办件类型: 1 即办件, 2 承诺件, 9 其他 (联办件, 上报件). */
  caseKind: '1' | '2' | '9';
}

function effectiveState(f: CaseExportFacts): CaseState {
  if (f.status.state !== 'archived') return f.status.state;
  if (!f.archivedFrom || f.archivedFrom === 'archived') throw new Error('An archived case needs the state it was archived from');
  return f.archivedFrom;
}

function vendorState(state: CaseState, s: CaseStatus): VendorCaseState | null {
  switch (state) {
    case 'draft':
      return null; // not handed in: nothing to exchange
    case 'received':
      return s.flags.awaitingCorrection ? 6 : 1;
    case 'accepted':
      return s.flags.paused ? 9 : s.flags.waiverPending ? 12 : 3;
    case 'in_review':
      return s.flags.paused ? 9 : 8;
    case 'decided_approved':
      return 11;
    case 'decided_refused':
      return 13;
    case 'concluded':
      return s.decision === 'refused' ? 13 : 11;
    // Our 不予受理 always issues a 决定书, so it is 5, never the vendors' bare 4 (不受理).
    case 'not_accepted':
      return 5;
    // A 容缺 overrun ends the case without approval; 办结结果 says why (5).
    case 'stopped':
      return 13;
    case 'withdrawn':
      return 14;
    case 'revoked':
      return 15;
    case 'archived':
      return null;
    // 上报件 (decision 0035): forwarded; the department above works on it.
    case 'escalated':
      return 8;
  }
}

function result(state: CaseState, decision: Decision | null, certificate: boolean, stoppedBy: CaseExportFacts['stoppedBy']): NationalCodes['result'] {
  if (state === 'concluded') return decision === 'approved' ? (certificate ? 0 : 6) : 1;
  if (state === 'not_accepted' || state === 'withdrawn') return 1;
  if (state === 'revoked') return 2;
  if (state === 'stopped') return stoppedBy === 'terminate' ? 1 : 5;
  if (state === 'escalated') return 4; // 转报: forwarded to the level above (decision 0035)
  return null; // still open: no result yet (3 删除 is not produced by these states; 4 转报 by escalated, above)
}

function stage(state: CaseState): NationalCodes['approvalStage'] {
  if (state === 'draft') return null;
  if (state === 'received' || state === 'accepted' || state === 'not_accepted') return 1;
  if (state === 'in_review') return 2;
  if (state === 'withdrawn') return null;
  return 3;
}

/** Every code the exchange asks of a case now. */
export function nationalCodes(f: CaseExportFacts): NationalCodes {
  const state = effectiveState(f);
  return {
    vendorState: vendorState(state, f.status),
    acceptanceStatus: state === 'not_accepted' ? 2 : f.everAccepted ? 1 : null,
    approvalStage: stage(state),
    result: result(state, f.status.decision, f.certificate, f.stoppedBy),
    caseKind: caseTypes[f.caseType].nationalCode,
  };
}

/**
 * The vendor state numbers one history entry produces (a history export sends one record per
 * number). `decision` is the case's decision when the entry was made (for 'conclude').
 */
export function vendorEventsOf(action: CaseAction, decision: Decision | null): VendorCaseState[] {
  switch (action) {
    case 'submit':
      return [1];
    case 'intake.accept':
    case 'intake.commitment_approve':
      return [3];
    case 'decide_on_spot':
      return [3];
    case 'intake.accept_with_waiver':
      return [12];
    case 'intake.refuse':
      return [5];
    case 'intake.one_time_notice':
      return [6];
    case 'intake.resume':
      return [7];
    case 'review.start':
      return [8];
    case 'pause.start':
      return [9];
    case 'pause.end':
      return [10];
    case 'conclude':
    case 'delivery.collected': // issue #18: the cabinet's pickup is 办结 like the window's
      return [decision === 'refused' ? 13 : 11];
    case 'waiver.fallback':
    case 'terminate':
      return [13];
    case 'withdraw':
      return [14];
    case 'commitment.revoke':
    case 'revoke':
      return [15];
    case 'decide.approve':
    case 'decide.refuse':
    case 'step.pass': // a step inside 审查 (承办 → 审核) is not a vendor state
    case 'step.return':
    case 'waiver.supply':
    case 'commitment.verify':
    case 'extension.request':
    case 'extension.approve':
    case 'extension.reject':
    case 'archive':
    case 'material.scan':
    case 'clock.recompute':
    case 'joint.opinion': // a joint department's opinion inside 审查
    case 'fee.charge': // fees travel in the exchange's 支付 block, not as a vendor state
    case 'fee.settle':
    case 'hearing.inform': // special steps (decision 0036): the hearing's notices; its time is a pause (9/10) when one is opened
    case 'hearing.request':
    case 'hearing.schedule':
      return []; // no vendor number: seen in the exchange through the next one
    // 上报件 (decision 0035): the upper case is 部门受理 when it arrives; the result that comes back is the origin's 办结 number.
    case 'escalate':
    case 'escalation.deliver':
      return [];
    case 'escalation.accept':
      return [3];
    case 'escalation.approve':
      return [11];
    case 'escalation.refuse':
    case 'escalation.end':
      return [13];
    case 'escalation.withdraw':
      return [14];
  }
}

/** Timestamps in exchange formats: `YYYYMMDDThhmmss`, China Standard Time (UTC+8, no DST). */
export function exchangeTimestamp(at: Date): string {
  const t = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}`;
}
