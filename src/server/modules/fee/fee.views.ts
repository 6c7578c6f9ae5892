// Reading fees: a case's fee card (the pinned rule and its notices) and the cashier's list,
// each notice with its history and the actions the reader may take now.
import { allowedFeeActions, outstandingFen, type FeeActor } from '../../../domain/fee/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { CaseFees, FeeNoticeList, FeeNoticeView } from '../../../contract/fee.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { chinaToday } from '../calendar/index.ts';
import { caseForFee } from '../case/index.ts';
import { findVersion } from '../catalog/index.ts';
import { centerIdInScope } from '../org/index.ts';
import { actionsOf, findNotice, listNotices, noticesOf, type FeeActionRow, type FeeNoticeRow } from './fee.queries.ts';
import { feeNotices } from './fee.schema.ts';

type View = Omit<FeeNoticeView, 'issuedAt' | 'history'> & { issuedAt: Date; history: (Omit<FeeNoticeView['history'][number], 'at'> & { at: Date })[] };

export function noticeView(n: FeeNoticeRow, actions: readonly FeeActionRow[], roles: readonly FeeActor[]): View {
  const amounts = { amountFen: n.amountFen, paidFen: n.paidFen, waivedFen: n.waivedFen, refundedFen: n.refundedFen, refundPendingFen: n.refundPendingFen };
  const mine = actions.filter((a) => a.noticeId === n.id);
  return {
    id: n.id,
    caseId: n.caseId,
    caseNumber: n.caseNumber,
    applicantName: n.applicantName,
    itemName: n.itemName,
    number: n.number,
    reference: n.reference,
    lines: n.lines,
    ...amounts,
    outstandingFen: outstandingFen(amounts),
    status: n.status,
    issuedByName: n.issuedByName,
    issuedAt: n.issuedAt,
    receiptNumber: mine.find((a) => a.action === 'pay')?.receiptNumber ?? null,
    history: mine.map((a) => ({ seq: a.seq, action: a.action, amountFen: a.amountFen, actorName: a.actorName, reason: a.reason, provider: a.provider, receiptNumber: a.receiptNumber, at: a.at })),
    allowedActions: allowedFeeActions(amounts, roles),
  };
}

async function views(db: Db, rows: FeeNoticeRow[], roles: readonly FeeActor[]) {
  const actions = await actionsOf(db, rows.map((r) => r.id));
  return rows.map((r) => noticeView(r, actions, roles));
}

export async function readableNotice(db: Db, actor: Actor, id: string): Promise<FeeNoticeRow> {
  const n = await findNotice(db, id);
  if (!n) throw new DomainError('NOT_FOUND', { object: 'feeNotice', id });
  if (!n.centerPath.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  return n;
}

export async function oneNoticeView(db: Db, roles: readonly FeeActor[], id: string) {
  const n = (await findNotice(db, id))!;
  return (await views(db, [n], roles))[0]!;
}

export async function caseFees(db: Db, actor: Actor, caseId: string): Promise<Omit<CaseFees, 'notices'> & { notices: View[] }> {
  const c = await caseForFee(db, caseId);
  if (!c) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  if (!c.centerPath.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  const version = await findVersion(db, c.versionId);
  const rule = version?.fee ?? { charged: false, basis: '', items: [] };
  return { caseId, feeDue: c.feeDue, rule, notices: await views(db, await noticesOf(db, caseId), actor.roles) };
}

/** The 收费 workbench: notices of the cashier's center scope. */
export async function feeList(db: Db, actor: Actor, query: { status: 'due' | 'refund_pending' | 'today' | 'all'; q?: string | undefined }): Promise<Omit<FeeNoticeList, 'items'> & { items: View[] }> {
  const startOfToday = new Date(`${chinaToday(new Date())}T00:00:00+08:00`);
  const rows = await listNotices(db, centerIdInScope(actor, feeNotices.centerId), query.status, startOfToday, query.q);
  return { items: await views(db, rows, actor.roles) };
}
