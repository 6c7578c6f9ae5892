// The outcomes at the window (SPEC §5, FACTS §F) and what each requires of the case's material
// checklist against the pinned item version. Pure validators: the server runs them inside the
// one write path before it appends the action; the intake screen runs the same ones to grey out
// a button and say why.
import type { CaseType } from '../catalog/code-tables.ts';
import type { Material } from '../catalog/guide.ts';
import { toEpochDay, type IsoDate } from '../calendar/index.ts';
import type { CaseAction } from './states.ts';

export const windowOutcomes = ['accept', 'one_time_notice', 'refuse', 'accept_with_waiver', 'commitment_approve', 'instant'] as const;
export type WindowOutcome = (typeof windowOutcomes)[number];

export const outcomeInfo = {
  accept: { action: 'intake.accept', zh: '受理', en: 'Accept' },
  one_time_notice: { action: 'intake.one_time_notice', zh: '一次性告知', en: 'One-time notice' },
  refuse: { action: 'intake.refuse', zh: '不予受理', en: 'Do not accept' },
  accept_with_waiver: { action: 'intake.accept_with_waiver', zh: '容缺受理', en: 'Accept with waiver' },
  commitment_approve: { action: 'intake.commitment_approve', zh: '告知承诺', en: 'Approve on commitment' },
  instant: { action: 'decide_on_spot', zh: '即办', en: 'Decide on the spot' },
} as const satisfies Record<WindowOutcome, { action: CaseAction; zh: string; en: string }>;

/** A material of the pinned version, with the id it has in that version. */
export type PinnedMaterial = Pick<Material, 'name' | 'originals' | 'copies' | 'required' | 'waivable' | 'exemptWhenShared'> & { id: string };

export interface OutcomeItem {
  caseType: CaseType;
  commitmentEligible: boolean;
  materials: readonly PinnedMaterial[];
}

export const materialStatuses = ['received', 'missing', 'defective', 'waived', 'reused', 'not_applicable'] as const;
export type MaterialStatus = (typeof materialStatuses)[number];

/** One line of the case's checklist (one per material of the version). */
export interface ChecklistEntry {
  materialId: string;
  status: MaterialStatus;
  /** Counts received at the window. */
  originals: number;
  copies: number;
  /** SHA-256 of each scan kept in the file store. */
  scans: readonly string[];
  /** defective: what is wrong, in words the applicant understands. */
  defect?: string;
  /** reused (免提交): the earlier case number or shared e-certificate it came from. */
  reusedFrom?: string;
  /** waived (容缺): the form it must arrive in and by when. */
  waiver?: { format: string; deadline: IsoDate };
  /** not_applicable: the situational answer (情形) that removed it. */
  reason?: string;
}

export interface OutcomeProblem {
  code:
    | 'UNKNOWN_MATERIAL'
    | 'DUPLICATE_MATERIAL'
    | 'BAD_ENTRY'
    | 'MATERIALS_INCOMPLETE'
    | 'NOTHING_TO_CORRECT'
    | 'WAIVED_NOT_ALLOWED'
    | 'WAIVER_NOT_ALLOWED_FOR_ITEM'
    | 'WAIVER_BAD_CREDIT'
    | 'WAIVER_NOTHING_WAIVED'
    | 'WAIVER_DEADLINE'
    | 'WAIVER_FORMAT'
    | 'COMMITMENT_NOT_ELIGIBLE'
    | 'COMMITMENT_BAD_CREDIT'
    | 'COMMITMENT_TERMS'
    | 'COMMITMENT_NOT_COVERED'
    | 'NOT_INSTANT'
    | 'REFUSAL_INCOMPLETE';
  message: string;
  materialId?: string;
}

export type OutcomeCheck = { ok: true } | { ok: false; problems: OutcomeProblem[] };

/** A required material that is not satisfied; the one-time notice lists every one of these. */
export interface Shortfall {
  materialId: string;
  name: string;
  kind: 'missing' | 'defective' | 'short' | 'waived';
  /** What the applicant must bring or correct. */
  detail: string;
}

export interface ApplicantStanding {
  /** On the center's bad-credit list (失信): excluded from 容缺 and 告知承诺. */
  badCredit: boolean;
}

export interface WaiverContext extends ApplicantStanding {
  today: IsoDate;
  /** Due date of the promised limit from the case clock: a waiver deadline may not be later. */
  promisedDue: IsoDate;
}

export interface CommitmentTerms {
  /** What the applicant commits is true (the conditions met). */
  conditions: readonly string[];
  /** Materials the commitment replaces (no longer proven by paper). */
  replacedMaterialIds: readonly string[];
  /** Post-verification deadline. */
  verifyBy: IsoDate;
}

export interface RefusalTerms {
  reasons: string;
  basis: string;
  /** The competent agency to go to (行政许可法 §32(2)). */
  competentAgency: string;
}

const pass: OutcomeCheck = { ok: true };
const result = (problems: OutcomeProblem[]): OutcomeCheck => (problems.length === 0 ? pass : { ok: false, problems });
const blank = (s: string | undefined) => (s ?? '').trim() === '';

/** Entries that cannot be right whatever the outcome: unknown material, duplicates, missing detail. */
export function checklistProblems(item: OutcomeItem, checklist: readonly ChecklistEntry[]): OutcomeProblem[] {
  const byId = new Map(item.materials.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const problems: OutcomeProblem[] = [];
  for (const e of checklist) {
    const m = byId.get(e.materialId);
    const name = m?.name ?? e.materialId;
    if (!m) problems.push({ code: 'UNKNOWN_MATERIAL', materialId: e.materialId, message: `材料 ${e.materialId} 不属于该事项版本` });
    if (seen.has(e.materialId)) problems.push({ code: 'DUPLICATE_MATERIAL', materialId: e.materialId, message: `材料「${name}」重复登记` });
    seen.add(e.materialId);
    if (!Number.isInteger(e.originals) || !Number.isInteger(e.copies) || e.originals < 0 || e.copies < 0) {
      problems.push({ code: 'BAD_ENTRY', materialId: e.materialId, message: `材料「${name}」的份数须为非负整数` });
    }
    if (e.status === 'defective' && blank(e.defect)) problems.push({ code: 'BAD_ENTRY', materialId: e.materialId, message: `材料「${name}」须写明需要补正的内容` });
    if (e.status === 'reused' && blank(e.reusedFrom)) problems.push({ code: 'BAD_ENTRY', materialId: e.materialId, message: `材料「${name}」须注明复用来源（原办件编号或电子证照）` });
    if (e.status === 'not_applicable' && blank(e.reason)) problems.push({ code: 'BAD_ENTRY', materialId: e.materialId, message: `材料「${name}」须注明不适用的情形` });
    if (e.status === 'waived' && m && !m.waivable) problems.push({ code: 'WAIVED_NOT_ALLOWED', materialId: e.materialId, message: `材料「${name}」不在可容缺材料之列` });
  }
  return problems;
}

/** Every required material not satisfied (received in the required counts, reused, or not applicable). */
export function shortfalls(item: OutcomeItem, checklist: readonly ChecklistEntry[]): Shortfall[] {
  const entries = new Map(checklist.map((e) => [e.materialId, e]));
  const out: Shortfall[] = [];
  for (const m of item.materials) {
    if (!m.required) continue;
    const e = entries.get(m.id);
    const base = { materialId: m.id, name: m.name };
    const counts = `原件 ${m.originals} 份、复印件 ${m.copies} 份`;
    if (!e || e.status === 'missing') out.push({ ...base, kind: 'missing', detail: `请提交${counts}` });
    else if (e.status === 'defective') out.push({ ...base, kind: 'defective', detail: (e.defect ?? '').trim() });
    else if (e.status === 'waived') out.push({ ...base, kind: 'waived', detail: e.waiver ? `${e.waiver.format}，${e.waiver.deadline} 前补交` : '容缺后补' });
    else if (e.status === 'received' && (e.originals < m.originals || e.copies < m.copies)) {
      out.push({ ...base, kind: 'short', detail: `应提交${counts}，已收原件 ${e.originals} 份、复印件 ${e.copies} 份` });
    }
  }
  return out;
}

function incomplete(list: readonly Shortfall[]): OutcomeProblem[] {
  return list.map((s) => ({ code: 'MATERIALS_INCOMPLETE', materialId: s.materialId, message: `材料「${s.name}」未齐：${s.detail}` }));
}

/** 受理: every required material satisfied, nothing waived. */
export function checkAccept(item: OutcomeItem, checklist: readonly ChecklistEntry[]): OutcomeCheck {
  return result([...checklistProblems(item, checklist), ...incomplete(shortfalls(item, checklist))]);
}

/** 即办: an instant item with complete materials. */
export function checkInstant(item: OutcomeItem, checklist: readonly ChecklistEntry[]): OutcomeCheck {
  const problems = checkAccept(item, checklist);
  const notInstant: OutcomeProblem[] = item.caseType === 'instant' ? [] : [{ code: 'NOT_INSTANT', message: '该事项不是即办件，不能当场办结' }];
  return result([...notInstant, ...(problems.ok ? [] : problems.problems)]);
}

/** 一次性告知: there is something to add or correct (the notice lists `shortfalls`, all at once). */
export function checkOneTimeNotice(item: OutcomeItem, checklist: readonly ChecklistEntry[]): OutcomeCheck {
  const list = shortfalls(item, checklist).filter((s) => s.kind !== 'waived');
  const nothing: OutcomeProblem[] = list.length === 0 ? [{ code: 'NOTHING_TO_CORRECT', message: '材料齐全，无需一次性告知' }] : [];
  return result([...checklistProblems(item, checklist), ...nothing]);
}

/** 不予受理: reasons, basis and the competent agency, all in writing. */
export function checkRefuse(terms: RefusalTerms): OutcomeCheck {
  const missing = (['reasons', 'basis', 'competentAgency'] as const).filter((k) => blank(terms[k]));
  const label = { reasons: '不予受理的理由', basis: '依据', competentAgency: '应当向其申请的有权机关' };
  return result(missing.map((k) => ({ code: 'REFUSAL_INCOMPLETE', message: `请填写${label[k]}` })));
}

/**
 * 容缺受理: the item allows it, the applicant is not on the bad-credit list, every unsatisfied
 * required material is a waivable one waived with a format and a deadline between today and
 * the promised due date, and at least one material is waived.
 */
export function checkWaiver(item: OutcomeItem, checklist: readonly ChecklistEntry[], ctx: WaiverContext): OutcomeCheck {
  const problems = checklistProblems(item, checklist);
  if (!item.materials.some((m) => m.waivable)) problems.push({ code: 'WAIVER_NOT_ALLOWED_FOR_ITEM', message: '该事项没有可容缺的材料，不能容缺受理' });
  if (ctx.badCredit) problems.push({ code: 'WAIVER_BAD_CREDIT', message: '申请人在本中心失信名单内，不适用容缺受理' });
  const list = shortfalls(item, checklist);
  problems.push(...incomplete(list.filter((s) => s.kind !== 'waived')));
  const waived = checklist.filter((e) => e.status === 'waived');
  if (waived.length === 0) problems.push({ code: 'WAIVER_NOTHING_WAIVED', message: '没有容缺的材料，请直接受理' });
  const names = new Map(item.materials.map((m) => [m.id, m.name]));
  for (const e of waived) {
    const name = names.get(e.materialId) ?? e.materialId;
    if (!e.waiver || blank(e.waiver.format)) problems.push({ code: 'WAIVER_FORMAT', materialId: e.materialId, message: `请写明容缺材料「${name}」的补交形式` });
    if (!e.waiver) continue;
    const d = toEpochDay(e.waiver.deadline);
    if (d < toEpochDay(ctx.today) || d > toEpochDay(ctx.promisedDue)) {
      problems.push({ code: 'WAIVER_DEADLINE', materialId: e.materialId, message: `容缺材料「${name}」的补交期限须在今天至承诺办结日（${ctx.promisedDue}）之间` });
    }
  }
  return result(problems);
}

/**
 * 告知承诺: an eligible item, an applicant without a bad-credit record (国办发〔2020〕42号: not
 * before credit repair), conditions stated, every unsatisfied required material replaced by
 * the commitment, and a verification deadline after today.
 */
export function checkCommitment(item: OutcomeItem, checklist: readonly ChecklistEntry[], terms: CommitmentTerms, ctx: ApplicantStanding & { today: IsoDate }): OutcomeCheck {
  const problems = checklistProblems(item, checklist);
  if (!item.commitmentEligible) problems.push({ code: 'COMMITMENT_NOT_ELIGIBLE', message: '该事项不适用告知承诺制' });
  if (ctx.badCredit) problems.push({ code: 'COMMITMENT_BAD_CREDIT', message: '申请人有不良信用记录，信用修复前不适用告知承诺制' });
  if (terms.conditions.filter((c) => !blank(c)).length === 0) problems.push({ code: 'COMMITMENT_TERMS', message: '请列明申请人承诺符合的条件' });
  if (toEpochDay(terms.verifyBy) <= toEpochDay(ctx.today)) problems.push({ code: 'COMMITMENT_TERMS', message: '核查期限须晚于今天' });
  const known = new Set(item.materials.map((m) => m.id));
  for (const id of terms.replacedMaterialIds) {
    if (!known.has(id)) problems.push({ code: 'UNKNOWN_MATERIAL', materialId: id, message: `材料 ${id} 不属于该事项版本` });
  }
  const replaced = new Set(terms.replacedMaterialIds);
  for (const s of shortfalls(item, checklist)) {
    if (!replaced.has(s.materialId)) problems.push({ code: 'COMMITMENT_NOT_COVERED', materialId: s.materialId, message: `材料「${s.name}」未齐，且不在承诺替代的材料之列` });
  }
  return result(problems);
}

/** The outcomes whose material conditions hold now (refusal is always possible with its terms). */
export function possibleOutcomes(item: OutcomeItem, checklist: readonly ChecklistEntry[], ctx: WaiverContext): WindowOutcome[] {
  const out: WindowOutcome[] = [];
  if (checkAccept(item, checklist).ok) out.push('accept');
  if (checkOneTimeNotice(item, checklist).ok) out.push('one_time_notice');
  out.push('refuse');
  if (checkWaiver(item, checklist, ctx).ok) out.push('accept_with_waiver');
  // The terms (conditions, replaced materials) are written with the applicant afterwards.
  if (item.commitmentEligible && !ctx.badCredit && checklistProblems(item, checklist).length === 0) out.push('commitment_approve');
  if (checkInstant(item, checklist).ok) out.push('instant');
  return out;
}
