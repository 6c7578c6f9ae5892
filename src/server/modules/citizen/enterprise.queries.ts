import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/types.ts';
import { citizenAccounts } from './citizen.schema.ts';
import { citizenMandates, enterpriseAccounts, enterpriseMembers } from './enterprise.schema.ts';

// Enterprise accounts, their staff and mandates (decision 0044): SQL only.

export type EnterpriseRow = typeof enterpriseAccounts.$inferSelect;
export type MemberRow = typeof enterpriseMembers.$inferSelect;
export type MandateRow = typeof citizenMandates.$inferSelect;

export async function enterpriseByUscc(db: Db, uscc: string) {
  const [row] = await db.select().from(enterpriseAccounts).where(eq(enterpriseAccounts.uscc, uscc));
  return row;
}

export async function enterpriseById(db: Db, id: string, lock = false) {
  const q = db.select().from(enterpriseAccounts).where(eq(enterpriseAccounts.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** False when the USCC is registered already (two registrations at once: one wins). */
export async function insertEnterprise(tx: Db, row: typeof enterpriseAccounts.$inferInsert) {
  const inserted = await tx.insert(enterpriseAccounts).values(row).onConflictDoNothing().returning({ id: enterpriseAccounts.id });
  return inserted.length > 0;
}

export async function insertMember(tx: Db, row: typeof enterpriseMembers.$inferInsert) {
  await tx.insert(enterpriseMembers).values(row);
}

/** The enterprises an account is staff of, with its role in each. */
export async function membershipsOf(db: Db, accountId: string) {
  return db
    .select({ enterprise: enterpriseAccounts, role: enterpriseMembers.role })
    .from(enterpriseMembers)
    .innerJoin(enterpriseAccounts, eq(enterpriseAccounts.id, enterpriseMembers.enterpriseId))
    .where(eq(enterpriseMembers.accountId, accountId))
    .orderBy(enterpriseAccounts.createdAt);
}

export async function membership(db: Db, enterpriseId: string, accountId: string) {
  const [row] = await db
    .select()
    .from(enterpriseMembers)
    .where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.accountId, accountId)));
  return row;
}

/** Every staff member of an enterprise with the account's number and name. */
export async function membersOf(db: Db, enterpriseId: string) {
  return db
    .select({ member: enterpriseMembers, mobile: citizenAccounts.mobile, realName: citizenAccounts.realName })
    .from(enterpriseMembers)
    .innerJoin(citizenAccounts, eq(citizenAccounts.id, enterpriseMembers.accountId))
    .where(eq(enterpriseMembers.enterpriseId, enterpriseId))
    .orderBy(enterpriseMembers.createdAt, enterpriseMembers.id);
}

export async function updateMemberRole(tx: Db, id: string, role: MemberRow['role']) {
  await tx.update(enterpriseMembers).set({ role }).where(eq(enterpriseMembers.id, id));
}

export async function deleteMember(tx: Db, id: string) {
  await tx.delete(enterpriseMembers).where(eq(enterpriseMembers.id, id));
}

export async function insertMandate(tx: Db, row: typeof citizenMandates.$inferInsert) {
  await tx.insert(citizenMandates).values(row);
}

export async function updateMandate(tx: Db, id: string, set: Partial<MandateRow>) {
  await tx.update(citizenMandates).set(set).where(eq(citizenMandates.id, id));
}

const principalAccount = alias(citizenAccounts, 'principal_account');
const agentAccount = alias(citizenAccounts, 'agent_account');

/** Mandates with their principal (person or enterprise) and agent. */
function mandatesWhere(db: Db, where: SQL | undefined) {
  return db
    .select({ mandate: citizenMandates, principalAccount, enterprise: enterpriseAccounts, agent: agentAccount })
    .from(citizenMandates)
    .leftJoin(principalAccount, eq(principalAccount.id, citizenMandates.principalAccountId))
    .leftJoin(enterpriseAccounts, eq(enterpriseAccounts.id, citizenMandates.principalEnterpriseId))
    .innerJoin(agentAccount, eq(agentAccount.id, citizenMandates.agentAccountId))
    .where(where)
    .orderBy(desc(citizenMandates.createdAt), desc(citizenMandates.id));
}
export type MandateWithParties = Awaited<ReturnType<typeof mandatesWhere>>[number];

export async function mandateById(db: Db, id: string) {
  const [row] = await mandatesWhere(db, eq(citizenMandates.id, id));
  return row;
}

/** Locks the mandate row for an action on it. */
export async function lockMandate(tx: Db, id: string) {
  const [row] = await tx.select().from(citizenMandates).where(eq(citizenMandates.id, id)).for('update');
  return row;
}

/** Mandates given by the account itself or by an enterprise it administers. */
export async function mandatesGranted(db: Db, accountId: string, enterpriseIds: readonly string[]) {
  const byEnterprise = enterpriseIds.length ? inArray(citizenMandates.principalEnterpriseId, [...enterpriseIds]) : undefined;
  return mandatesWhere(db, byEnterprise ? or(eq(citizenMandates.principalAccountId, accountId), byEnterprise) : eq(citizenMandates.principalAccountId, accountId));
}

export async function mandatesReceived(db: Db, accountId: string) {
  return mandatesWhere(db, eq(citizenMandates.agentAccountId, accountId));
}
