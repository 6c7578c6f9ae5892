// The back office's effects inside the one write path (issue #17, decision 0032): pauses and
// their end (特别程序告知书), the one extension (延长审批期限告知书), the decisions (准予 with the
// certificate's §44 clock, 不予 with the rights) and the endings (撤回, 终止, 撤销), each with
// its numbered notice. Due dates are re-derived from the ledger, never taken from the request.
import {
  certificateDue as certificateDue_,
  closePause,
  dueDates,
  openPause,
  pauseKindLabels,
  requestExtension,
  timeNeededText,
  type CaseAction,
  type LedgerRecord,
  type LedgerRefusal,
} from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall, chinaToday } from '../../calendar/index.ts';
import { caseLedger, clockInputOf } from '../case.clock.ts';
import { collectionOf, notify, pending, type EffectContext, type Run } from '../case.effect-kit.ts';
import { collectionText } from '../delivery/ready-text.ts';
import { actionsOf } from '../read/read.queries.ts';
import { handBackPapers } from '../handover/handover.service.ts';

/** 422 with one problem, in the shape the window outcomes use, so the form shows it by its field. */
function missing(code: string, message: string): never {
  throw new DomainError('CASE_OUTCOME_REFUSED', { problems: [{ code, message }] });
}

/** The rights bodies of an adverse decision: the same-level government and the basic court (as for 不予受理). */
const bodies = (c: EffectContext) => ({ reviewBody: `${c.place.regionName}人民政府`, court: `${c.place.regionName}人民法院` });
const actorName = (c: EffectContext) => ('system' in c.by ? c.by.system : c.by.actor.name);

/** A refusal of the clocks' ledger rules as a stable error (the ledger's own code, in Chinese). */
function ledgerOk<T extends { ok: boolean }>(r: T | LedgerRefusal): T {
  if (r.ok) return r as T;
  const refusal = r as LedgerRefusal;
  if (refusal.code === 'EXTENSION_TOO_LATE') throw new DomainError('CASE_EXTENSION_TOO_LATE', { message: refusal.zh });
  throw new DomainError('CASE_OUTCOME_REFUSED', { problems: [{ code: refusal.code, message: refusal.zh }] });
}

async function clockOf(tx: Db, c: EffectContext) {
  const ledger = await caseLedger(tx, c.row.id);
  const input = clockInputOf(c.row, c.pinned, ledger) ?? missing('NOT_ACCEPTED', '办件尚未受理，没有计时');
  return { ledger, input };
}

const pauseStart: Run = async (tx, c) => {
  const p = c.input.pause ?? missing('PAUSE_TERMS', '请填写特别程序的种类、原因和所需时间');
  const { input } = await clockOf(tx, c);
  ledgerOk(calendarCall(() => openPause(input, { from: c.today, kind: p.kind, reason: p.reason }, c.place.calendar)));
  const procedure = pauseKindLabels[p.kind].zh;
  const ledger: LedgerRecord = { pause: { kind: p.kind, reason: p.reason, timeNeeded: p.timeNeeded, from: c.today } };
  const notice = pending('special_procedure', { procedure, reason: p.reason, timeNeeded: timeNeededText(p.timeNeeded), startedOn: c.today });
  return { set: {}, notices: [notice], ledger, notify: notify('case.special-procedure', { procedure, timeNeeded: timeNeededText(p.timeNeeded) }) };
};

const pauseEnd: Run = async (tx, c) => {
  const { ledger: before, input } = await clockOf(tx, c);
  const open = before.pauses.findLast((p) => p.to === undefined);
  const closed = ledgerOk(calendarCall(() => closePause(input, c.today, c.place.calendar)));
  const pausedBefore = calendarCall(() => dueDates({ ...input, ledger: { ...before, pauses: before.pauses.filter((p) => p.to !== undefined) } }, c.place.calendar)).pausedDays;
  const due = closed.dueDates;
  const procedure = open ? pauseKindLabels[open.kind].zh : '特别程序';
  const newDueDate = due.legalDue ?? c.row.legalDue ?? c.today;
  const notice = pending('special_procedure_end', { procedure, endedOn: c.today, pausedWorkdays: due.pausedDays - pausedBefore, newDueDate });
  return {
    set: due.legalDue && due.promisedDue ? { legalDue: due.legalDue, promisedDue: due.promisedDue } : {},
    notices: [notice],
    ledger: { pauseEnd: { to: c.today } },
    notify: notify('case.special-procedure-ended', { procedure, promisedDue: `${due.promisedDue ?? c.row.promisedDue}` }),
  };
};

const approverFor = (joint: boolean) => (joint ? ('government_head' as const) : ('agency_head' as const));

const extensionRequest: Run = async (tx, c) => {
  const reason = c.input.extension?.reason?.trim() || missing('EXTENSION_REASON', '请填写延长理由（将告知申请人）');
  const { input } = await clockOf(tx, c);
  // §42: asked within the limit (the due day itself still counts); the clocks' ledger decides.
  ledgerOk(calendarCall(() => requestExtension(input, { askedOn: c.today, approvedBy: approverFor(!!input.joint), reason }, c.place.calendar)));
  return { set: {}, notices: [] };
};

async function theRequest(tx: Db, caseId: string): Promise<{ reason: string; askedOn: string }> {
  const req = (await actionsOf(tx, caseId)).findLast((a) => a.action === 'extension.request');
  const reason = (req?.input as { extension?: { reason?: string } } | null)?.extension?.reason ?? '';
  return { reason, askedOn: req ? chinaToday(req.at) : '' };
}

const extensionApprove: Run = async (tx, c) => {
  const { input } = await clockOf(tx, c);
  const joint = !!input.joint;
  const government = c.input.extension?.governmentApproval?.trim();
  // Joint cases: the same-level government head approves (§42); the department head records it.
  if (joint && !government) throw new DomainError('CASE_EXTENSION_GOVERNMENT_APPROVAL_REQUIRED');
  const { reason, askedOn } = await theRequest(tx, c.row.id);
  const approverName = joint ? `本级人民政府负责人（${government}）` : `本机关负责人${actorName(c)}`;
  const extension = { askedOn, approvedBy: approverFor(joint), approverName, reason };
  const r = ledgerOk(calendarCall(() => requestExtension(input, extension, c.place.calendar)));
  const workdays = r.dueDates.extension?.workdays ?? 0;
  const previousDueDate = r.dueDates.legalDueBeforeExtension ?? c.row.legalDue!;
  const newDueDate = r.dueDates.legalDue ?? previousDueDate;
  const notice = pending('extension', { reason, workdays, previousDueDate, newDueDate, approvedBy: approverName });
  return {
    set: r.dueDates.legalDue ? { legalDue: r.dueDates.legalDue } : {},
    notices: [notice],
    ledger: { extension },
    notify: notify('case.extended', { workdays: String(workdays), newDueDate }),
  };
};

const decideApprove: Run = async (tx, c) => {
  const cert = c.input.certificate ?? missing('CERTIFICATE', '请填写许可证件的名称、编号、有效期和发证机关');
  const certificate = { name: cert.name, number: cert.number, validUntil: cert.validUntil ?? null, issuingBody: cert.issuingBody };
  // §44: the certificate is issued within 10 working days of the decision — its own clock.
  const certificateDue = calendarCall(() => certificateDue_(c.today, c.place.calendar));
  const notice = pending('approval', { decidedOn: c.today, certificate, certificateDue, collection: collectionOf(c) });
  await handBackPapers(tx, c, `准予行政许可决定书、${cert.name}（${cert.number}）`);
  // issue #18: the SMS names the delivery chosen at intake (the window unless mail or a cabinet).
  const collection = await collectionText(tx, { caseId: c.row.id, applicationId: c.row.applicationId }, { due: certificateDue, name: cert.name });
  return { set: { certificate, certificateDue }, notices: [notice], notify: notify('case.approved', { collection }) };
};

const decideRefuse: Run = async (tx, c) => {
  const r = c.input.decisionRefusal ?? missing('REFUSAL_TERMS', '请填写不予许可的理由和依据');
  const notice = pending('refusal', { reasons: r.reasons, basis: r.basis, ...bodies(c) });
  await handBackPapers(tx, c, '不予行政许可决定书');
  return { set: {}, notices: [notice], notify: notify('case.refused', {}) };
};

function endingReason(c: EffectContext): string {
  return c.input.ending?.reason?.trim() || c.input.note?.trim() || missing('ENDING_REASON', '请填写原因');
}

const withdraw: Run = async (_tx, c) => {
  const notice = pending('withdrawal', { reason: endingReason(c) });
  return { set: { concludedAt: c.now }, notices: [notice], notify: notify('case.withdrawn', {}) };
};

const terminate: Run = async (_tx, c) => {
  const reasons = endingReason(c);
  const basis = c.input.ending?.basis?.trim() || missing('ENDING_BASIS', '请填写终止办理的依据');
  const notice = pending('termination', { reasons, basis, ...bodies(c) });
  return { set: { concludedAt: c.now }, notices: [notice], notify: notify('case.terminated', {}) };
};

const revocation =
  (defaultBasis: string): Run =>
  async (_tx, c) => {
    const notice = pending('revocation', { reasons: endingReason(c), basis: c.input.ending?.basis?.trim() || defaultBasis, ...bodies(c) });
    return { set: { certificateDue: null }, notices: [notice], notify: notify('case.revoked', {}) };
  };

export const decisionEffects: Partial<Record<CaseAction, Run>> = {
  'pause.start': pauseStart,
  'pause.end': pauseEnd,
  'extension.request': extensionRequest,
  'extension.approve': extensionApprove,
  'decide.approve': decideApprove,
  'decide.refuse': decideRefuse,
  withdraw,
  terminate,
  revoke: revocation('《中华人民共和国行政许可法》第六十九条'),
  'commitment.revoke': revocation('《中华人民共和国行政许可法》第六十九条第二款、《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）'),
};
