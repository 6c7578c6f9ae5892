// The fee module's one write path per record (issue #18, decision 0037).
// issueNotice: a payment notice by the pinned version's published rule; the case's fee.charge
// row (actOnCase, same transaction) sets feeDue, so 办结 waits for payment.
// actOnFee: every later change of a notice (pay, waive, refund.*): lock the notice, answer a
// retried request from its first result, check scope, 收缴分离 and the domain's rule, append
// the action (with the receipt for a payment), update the projection, settle the case's flag
// through actOnCase when nothing is owed any more, and audit, all in one transaction.
import { applyFeeAction, checkFeeLines, feeActionRules, feeStatusOf, formatReference, paymentNoticeDocument, receiptDocument, referenceScope, type FeeAction, type FeeActor, type FeeDocument } from '../../../domain/fee/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { FeeIssueInput } from '../../../contract/fee.ts';
import { auditBy } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { chinaToday } from '../calendar/index.ts';
import { acceptedByOf, actOnCase, caseForFee, sealRefOf, trackingUrlOf, type CaseBy } from '../case/index.ts';
import { findVersion } from '../catalog/index.ts';
import { findCenter } from '../org/index.ts';
import { actionByKey, historyOf, insertAction, insertNotice, lockNotice, nextSerial, noticeByIssueKey, updateNotice, type FeeNoticeRow } from './fee.queries.ts';
import { announceNotice } from './payment-adapter.ts';

export type FeeBy = CaseBy;

export interface FeeOptions {
  publicUrl: string;
  referencePattern: string;
  now?: Date;
}

const rolesOf = (by: FeeBy): FeeActor[] => ('system' in by ? ['system'] : by.actor.roles);
const actorOf = (by: FeeBy) => ('system' in by ? { actorId: null, actorName: by.system } : { actorId: by.actor.staffId, actorName: by.actor.name });
const auditWho = (by: FeeBy) => ('system' in by ? { systemLabel: by.system } : by);
const inScope = (by: FeeBy, centerPath: string) => {
  if (!('system' in by) && !centerPath.startsWith(by.actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
};

/** 缴款通知书 and 收据 numbers: per center and year, e.g. XY-COUNTY缴〔2026〕000012号. */
async function paperNumber(tx: Db, kind: '缴' | '收', centerCode: string, year: string): Promise<string> {
  const serial = await nextSerial(tx, `fee-${kind}|${centerCode}|${year}`);
  return `${centerCode}${kind}〔${year}〕${String(serial).padStart(6, '0')}号`;
}

export async function issueNotice(db: Db, by: FeeBy, caseId: string, input: FeeIssueInput, opts: FeeOptions): Promise<string> {
  const now = opts.now ?? new Date();
  const today = chinaToday(now);
  const c = await caseForFee(db, caseId);
  if (!c) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  inScope(by, c.centerPath);
  const prior = await noticeByIssueKey(db, caseId, input.idempotencyKey);
  if (prior) return prior.id;
  const version = await findVersion(db, c.versionId);
  const check = checkFeeLines(version?.fee ?? { charged: false, basis: '', items: [] }, input.lines);
  if (!check.ok) throw new DomainError('FEE_OUTSIDE_RULE', { problems: check.problems });
  const center = (await findCenter(db, c.centerId))!;
  const id = newId(now.getTime());

  await db.transaction(async (tx) => {
    // The case row first (locked by actOnCase): one open notice per case, 409 otherwise.
    try {
      await actOnCase(tx, by, caseId, 'fee.charge', { fee: { noticeId: id, number: '', reason: '开具缴款通知书' }, note: `应缴 ${check.totalFen} 分` }, `fee.charge:${input.idempotencyKey}`, { publicUrl: opts.publicUrl, now });
    } catch (e) {
      if (e instanceof DomainError && e.code === 'CASE_ACTION_NOT_ALLOWED' && (e.details as { fact?: string })?.fact === 'feeDue') throw new DomainError('FEE_NOTICE_OPEN', { caseId });
      throw e;
    }
    const refValues = { regionCode: center.regionCode, centerCode: center.code, date: today };
    const reference = formatReference(opts.referencePattern, refValues, await nextSerial(tx, referenceScope(opts.referencePattern, refValues)));
    if (!reference.ok) throw new DomainError('CASE_NUMBER_INVALID', { what: 'feeReference', reason: reference.reason });
    const number = await paperNumber(tx, '缴', center.code, today.slice(0, 4));
    const document = paymentNoticeDocument({
      number,
      caseNumber: c.number,
      applicantName: c.applicantName,
      itemName: c.itemName,
      agencyName: center.name,
      departmentName: c.departmentName,
      sealRef: c.departmentId ? sealRefOf(c.departmentId) : `center:${center.id}`,
      date: today,
      reference: reference.value,
      lines: check.lines,
      basis: version?.fee.basis ?? '',
      trackingUrl: trackingUrlOf(opts.publicUrl, c.number),
      amountFen: check.totalFen,
      payAt: `${center.name}收费窗口`,
    });
    const { actorId, actorName } = actorOf(by);
    await insertNotice(tx, {
      id,
      centerId: c.centerId,
      centerPath: c.centerPath,
      caseId,
      caseNumber: c.number,
      applicantName: c.applicantName,
      itemName: c.itemName,
      number,
      reference: reference.value,
      lines: check.lines,
      amountFen: check.totalFen,
      status: 'due',
      document,
      issuedBy: actorId,
      issuedByName: actorName,
      issuedAt: now,
      issueKey: input.idempotencyKey,
    });
    await auditBy(tx, auditWho(by), { centerId: c.centerId, action: 'fee.notice.issue', objectType: 'feeNotice', objectId: id, summary: { caseNumber: c.number, number, reference: reference.value, amountFen: check.totalFen } });
    announceNotice(tx, { number, reference: reference.value, amountFen: check.totalFen, caseNumber: c.number });
  });
  return id;
}

export interface FeeActInput {
  amountFen?: number;
  reason?: string | undefined;
  method?: 'cash' | 'card' | 'scan';
  /** The payment platform's callback: its name and transaction id. */
  provider?: string;
  providerTxnId?: string;
}

const methodLabels = { cash: '窗口现金', card: '窗口刷卡', scan: '窗口扫码' } as const;

async function receiptOf(tx: Db, n: FeeNoticeRow, by: FeeBy, input: FeeActInput, amountFen: number, today: string): Promise<{ number: string; document: FeeDocument }> {
  const center = (await findCenter(tx, n.centerId))!;
  const number = await paperNumber(tx, '收', center.code, today.slice(0, 4));
  const how = input.provider ? `非税收入缴款平台（流水号 ${input.providerTxnId}）` : methodLabels[input.method ?? 'cash'];
  const document = receiptDocument({
    number,
    caseNumber: n.caseNumber,
    applicantName: n.applicantName,
    itemName: n.itemName,
    agencyName: center.name,
    departmentName: '',
    sealRef: `center:${center.id}`,
    date: today,
    reference: n.reference,
    lines: n.lines,
    basis: '',
    trackingUrl: null,
    amountFen,
    waivedFen: n.waivedFen,
    noticeNumber: n.number,
    cashier: actorOf(by).actorName,
    how,
  });
  return { number, document };
}

/** The one write path of a payment notice after its issue; `repeated`: the key was seen before and nothing changed. */
export async function actOnFee(db: Db, by: FeeBy, noticeId: string, action: FeeAction, input: FeeActInput, idempotencyKey: string, opts: FeeOptions): Promise<{ noticeId: string; repeated: boolean }> {
  const now = opts.now ?? new Date();
  const today = chinaToday(now);
  const roles = rolesOf(by);
  if (!feeActionRules[action].by.some((r: FeeActor) => roles.includes(r))) throw new DomainError('FORBIDDEN', { action });
  return db.transaction(async (tx) => {
    const n = await lockNotice(tx, noticeId);
    if (!n) throw new DomainError('NOT_FOUND', { object: 'feeNotice', id: noticeId });
    inScope(by, n.centerPath);
    if (await actionByKey(tx, noticeId, idempotencyKey)) return { noticeId, repeated: true };
    const { actorId, actorName } = actorOf(by);
    // 收缴分离: whoever accepted the case at the window never confirms its payment.
    if (action === 'pay' && actorId && actorId === (await acceptedByOf(tx, n.caseId))) throw new DomainError('FEE_COLLECTOR_ACCEPTED_CASE', { caseNumber: n.caseNumber });
    const history = await historyOf(tx, noticeId);
    const requested = [...history].reverse().find((a) => a.action === 'refund.request');
    if ((action === 'refund.approve' || action === 'refund.reject') && requested?.actorId === actorId) throw new DomainError('FEE_SAME_PERSON');
    const amounts = { amountFen: n.amountFen, paidFen: n.paidFen, waivedFen: n.waivedFen, refundedFen: n.refundedFen, refundPendingFen: n.refundPendingFen };
    const r = applyFeeAction(amounts, action, input.amountFen ?? 0);
    if (!r.ok) {
      const { ok: _ok, code, ...details } = r;
      throw new DomainError(code, details);
    }
    const moved = action === 'refund.approve' || action === 'refund.reject' ? n.refundPendingFen : (input.amountFen ?? 0);
    const receipt = action === 'pay' ? await receiptOf(tx, n, by, input, moved, today) : null;
    const cashierId = action === 'pay' ? actorId : action === 'refund.approve' ? (requested?.cashierId ?? null) : action === 'refund.request' ? actorId : null;
    await insertAction(tx, {
      id: newId(now.getTime()),
      noticeId,
      centerId: n.centerId,
      seq: history.length + 1,
      action,
      amountFen: moved,
      actorId,
      actorName,
      cashierId,
      reason: input.reason ?? null,
      provider: input.provider ?? null,
      providerTxnId: input.providerTxnId ?? null,
      receiptNumber: receipt?.number ?? null,
      receipt: receipt?.document ?? null,
      idempotencyKey,
      at: now,
    });
    await updateNotice(tx, noticeId, { ...r.amounts, status: feeStatusOf(r.amounts), rowVersion: n.rowVersion + 1 });
    if (r.settled) {
      await actOnCase(tx, by, n.caseId, 'fee.settle', { fee: { noticeId, number: n.number, reason: action === 'pay' ? '已缴款' : '已减免' }, note: `${n.number} ${action === 'pay' ? '已缴款' : '已减免'}` }, `fee.settle:${noticeId}`, { publicUrl: opts.publicUrl, now });
    }
    await auditBy(tx, auditWho(by), { centerId: n.centerId, action: `fee.${action}`, objectType: 'feeNotice', objectId: noticeId, summary: { number: n.number, caseNumber: n.caseNumber, amountFen: moved, receipt: receipt?.number ?? null, reason: input.reason ?? null } });
    return { noticeId, repeated: false };
  });
}
