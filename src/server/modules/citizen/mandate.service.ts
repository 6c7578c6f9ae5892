// 委托代理 (issue #19, decision 0044): a verified citizen, or an administrator for their
// enterprise, offers a mandate to another account by its mobile number; the agent (verified)
// accepts; either side revokes. Each change is one transaction on the locked mandate with its
// audit row. A mandate the account is no party to answers MANDATE_NOT_FOUND, as an id that
// does not exist.
import { mandateActionRefusal, mandateState, mayManageStaff, validUntilRefusal } from '../../../domain/citizen/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskIdCard, maskMobile, maskName } from '../../../domain/identifiers/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppContext, Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { findItem } from '../catalog/index.ts';
import { accountForMobile, citizenActor, verifiedAccountOf } from './enterprise.service.ts';
import { insertMandate, lockMandate, mandateById, mandatesGranted, mandatesReceived, membership, membershipsOf, updateMandate, type MandateWithParties } from './enterprise.queries.ts';

export interface MandateInput {
  principal: { kind: 'self' } | { kind: 'enterprise'; enterpriseId: string };
  agentMobile: string;
  /** null: every item. */
  itemIds: string[] | null;
  validUntil: string;
  text: string;
}

/** The enterprises the account administers (it acts for their mandates). */
async function administered(db: Db, accountId: string) {
  return new Set((await membershipsOf(db, accountId)).filter((m) => mayManageStaff(m.role)).map((m) => m.enterprise.id));
}

/** Who the principal of a mandate is, as the portal shows it. */
export function principalOf(row: MandateWithParties) {
  if (row.enterprise) return { kind: 'enterprise' as const, name: row.enterprise.name, idMasked: row.enterprise.uscc, enterpriseId: row.enterprise.id };
  const p = row.principalAccount!;
  return { kind: 'person' as const, name: p.realName ? maskName(p.realName) : maskMobile(p.mobile), idMasked: p.idNumber ? maskIdCard(p.idNumber) : '', enterpriseId: null };
}

function mandateView(row: MandateWithParties, accountId: string, admin: ReadonlySet<string>, now: Date) {
  const m = row.mandate;
  const state = mandateState(m, now);
  const isAgent = m.agentAccountId === accountId;
  const isPrincipal = m.principalAccountId === accountId || (m.principalEnterpriseId !== null && admin.has(m.principalEnterpriseId));
  return {
    id: m.id,
    principal: principalOf(row),
    agent: { mobile: maskMobile(row.agent.mobile), name: row.agent.realName ? maskName(row.agent.realName) : null },
    itemIds: m.itemIds ?? null,
    validUntil: m.validUntil,
    text: m.text,
    state,
    canAccept: isAgent && state === 'offered',
    canRevoke: (isAgent || isPrincipal) && (state === 'offered' || state === 'active'),
    createdAt: m.createdAt,
    acceptedAt: m.acceptedAt,
    revokedAt: m.revokedAt,
  };
}

export async function listMandates(db: Db, citizen: Citizen, now = new Date()) {
  const admin = await administered(db, citizen.accountId);
  const [granted, received] = await Promise.all([mandatesGranted(db, citizen.accountId, [...admin]), mandatesReceived(db, citizen.accountId)]);
  return { granted: granted.map((r) => mandateView(r, citizen.accountId, admin, now)), received: received.map((r) => mandateView(r, citizen.accountId, admin, now)) };
}

/** The mandate as one of its parties sees it; anyone else: not found. */
async function partyView(db: Db, citizen: Citizen, id: string, now: Date) {
  const row = await mandateById(db, id);
  const admin = await administered(db, citizen.accountId);
  const m = row?.mandate;
  const party = m && (m.agentAccountId === citizen.accountId || m.principalAccountId === citizen.accountId || (m.principalEnterpriseId !== null && admin.has(m.principalEnterpriseId)));
  if (!row || !party) throw new DomainError('MANDATE_NOT_FOUND');
  return mandateView(row, citizen.accountId, admin, now);
}

export async function getMandate(db: Db, citizen: Citizen, id: string, now = new Date()) {
  return partyView(db, citizen, id, now);
}

/** 授予委托: for oneself (verified) or for an enterprise one administers; never to oneself. */
export async function grantMandate(ctx: AppContext, citizen: Citizen, input: MandateInput, ip: string, now = new Date()) {
  const dateRefusal = validUntilRefusal(input.validUntil, now);
  if (dateRefusal) throw new DomainError(dateRefusal);
  const itemIds = input.itemIds ? [...new Set(input.itemIds)] : null;
  return ctx.db.transaction(async (tx) => {
    const account = await verifiedAccountOf(tx, citizen);
    let enterpriseId: string | null = null;
    if (input.principal.kind === 'enterprise') {
      const mine = await membership(tx, input.principal.enterpriseId, account.id);
      if (!mine) throw new DomainError('ENTERPRISE_NOT_FOUND');
      if (!mayManageStaff(mine.role)) throw new DomainError('ENTERPRISE_NOT_ADMIN');
      enterpriseId = input.principal.enterpriseId;
    }
    for (const itemId of itemIds ?? []) if (!(await findItem(tx, itemId))) throw new DomainError('MANDATE_ITEM_UNKNOWN', { itemId });
    const agent = await accountForMobile(tx, input.agentMobile, now);
    if (agent.id === account.id) throw new DomainError('MANDATE_SELF');
    const id = newId(now.getTime());
    await insertMandate(tx, {
      id,
      principalKind: enterpriseId ? 'enterprise' : 'person',
      principalAccountId: enterpriseId ? null : account.id,
      principalEnterpriseId: enterpriseId,
      agentAccountId: agent.id,
      itemIds,
      validUntil: input.validUntil,
      text: input.text,
      status: 'offered',
      grantedByAccountId: account.id,
      createdAt: now,
    });
    await recordAudit(tx, {
      ...citizenActor(citizen, ip),
      action: 'citizen.mandate.grant',
      objectType: 'citizen_mandate',
      objectId: id,
      summary: { principal: enterpriseId ? `enterprise:${enterpriseId}` : 'self', agent: maskMobile(agent.mobile), items: itemIds?.length ?? 'all', validUntil: input.validUntil },
    });
    return partyView(tx, citizen, id, now);
  });
}

/** 接受委托: by the agent, real-name verified (the case records the agent by the bound ID). */
export async function acceptMandate(ctx: AppContext, citizen: Citizen, id: string, ip: string, now = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockMandate(tx, id);
    if (!m || m.agentAccountId !== citizen.accountId) throw new DomainError('MANDATE_NOT_FOUND');
    await verifiedAccountOf(tx, citizen);
    const refusal = mandateActionRefusal(m, 'accept', now);
    if (refusal) throw new DomainError(refusal);
    await updateMandate(tx, id, { status: 'accepted', acceptedAt: now });
    await recordAudit(tx, { ...citizenActor(citizen, ip), action: 'citizen.mandate.accept', objectType: 'citizen_mandate', objectId: id });
    return partyView(tx, citizen, id, now);
  });
}

/** 撤销委托: by the agent, the principal, or an administrator of the principal enterprise. */
export async function revokeMandate(ctx: AppContext, citizen: Citizen, id: string, ip: string, now = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockMandate(tx, id);
    const admin = await administered(tx, citizen.accountId);
    const side = !m ? null : m.agentAccountId === citizen.accountId ? 'agent' : m.principalAccountId === citizen.accountId || (m.principalEnterpriseId && admin.has(m.principalEnterpriseId)) ? 'principal' : null;
    if (!m || !side) throw new DomainError('MANDATE_NOT_FOUND');
    const refusal = mandateActionRefusal(m, 'revoke', now);
    if (refusal) throw new DomainError(refusal);
    await updateMandate(tx, id, { status: 'revoked', revokedAt: now, revokedByAccountId: citizen.accountId });
    await recordAudit(tx, { ...citizenActor(citizen, ip), action: 'citizen.mandate.revoke', objectType: 'citizen_mandate', objectId: id, summary: { by: side } });
    return partyView(tx, citizen, id, now);
  });
}
