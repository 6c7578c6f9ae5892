// 企业账号 (issue #19, decision 0044): a verified citizen registers an enterprise and becomes
// its first administrator; administrators add staff by mobile number, change their roles and
// remove them, and an enterprise always keeps one administrator. Every change is one
// transaction on the enterprise's locked row, with its audit row. Another account's
// enterprise answers ENTERPRISE_NOT_FOUND, as an id that does not exist.
import { mayManageStaff, staffChangeRefusal, type EnterpriseRole } from '../../../domain/citizen/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskIdCard, maskMobile, maskName, validateIdCard, validateUscc } from '../../../domain/identifiers/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppContext, Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { accountById, accountByMobile, insertAccount } from './citizen.queries.ts';
import {
  deleteMember,
  enterpriseById,
  enterpriseByUscc,
  insertEnterprise,
  insertMember,
  membersOf,
  membership,
  membershipsOf,
  updateMemberRole,
  type EnterpriseRow,
} from './enterprise.queries.ts';

/** Who the audit row names: the citizen, by masked number. */
export const citizenActor = (citizen: Citizen, ip: string) => ({ actorId: citizen.accountId, actorName: `公众 ${maskMobile(citizen.mobile)}`, actorRole: 'citizen', ip });

/** The account, which must be real-name verified. */
export async function verifiedAccountOf(db: Db, citizen: Citizen, lock = false) {
  const account = await accountById(db, citizen.accountId, lock);
  if (!account) throw new DomainError('CITIZEN_UNAUTHENTICATED');
  if (!account.verifiedAt || !account.idNumber || !account.realName) throw new DomainError('CITIZEN_NOT_VERIFIED');
  return account;
}

/** The account of a mobile number, made now when there is none (its first sign-in finds it). */
export async function accountForMobile(tx: Db, mobile: string, now: Date) {
  await insertAccount(tx, { id: newId(now.getTime()), mobile, createdAt: now });
  return (await accountByMobile(tx, mobile))!;
}

async function enterpriseView(db: Db, e: EnterpriseRow, myRole: EnterpriseRole, accountId: string) {
  const staff = (await membersOf(db, e.id))
    .filter((m) => mayManageStaff(myRole) || m.member.accountId === accountId)
    .map((m) => ({
      id: m.member.id,
      mobile: maskMobile(m.mobile),
      name: m.realName ? maskName(m.realName) : null,
      role: m.member.role,
      isMe: m.member.accountId === accountId,
      createdAt: m.member.createdAt,
    }));
  return {
    id: e.id,
    uscc: e.uscc,
    name: e.name,
    legalRepName: maskName(e.legalRepName),
    legalRepIdNumber: maskIdCard(e.legalRepIdNumber),
    registrantIsLegalRep: e.registrantIsLegalRep,
    verification: e.verification,
    myRole,
    createdAt: e.createdAt,
    staff,
  };
}

export async function listMyEnterprises(db: Db, citizen: Citizen) {
  const rows = await membershipsOf(db, citizen.accountId);
  return { items: await Promise.all(rows.map((r) => enterpriseView(db, r.enterprise, r.role, citizen.accountId))) };
}

/** The enterprise and the account's membership of it; not a member: not found. */
async function memberOf(db: Db, citizen: Citizen, enterpriseId: string, lock = false) {
  const enterprise = await enterpriseById(db, enterpriseId, lock);
  const mine = enterprise && (await membership(db, enterprise.id, citizen.accountId));
  if (!enterprise || !mine) throw new DomainError('ENTERPRISE_NOT_FOUND');
  return { enterprise, mine };
}

export async function getEnterprise(db: Db, citizen: Citizen, enterpriseId: string) {
  const { enterprise, mine } = await memberOf(db, citizen, enterpriseId);
  return enterpriseView(db, enterprise, mine.role, citizen.accountId);
}

export interface EnterpriseInput {
  uscc: string;
  name: string;
  legalRepName: string;
  legalRepIdNumber: string;
}

/**
 * 注册企业账号: the USCC by GB 32100, the legal representative's ID by GB 11643. No registry
 * answers on these machines, so the enterprise is recorded as declared, with whether the
 * registrant is the legal representative (their bound ID is the one declared).
 */
export async function registerEnterprise(ctx: AppContext, citizen: Citizen, input: EnterpriseInput, ip: string, now = new Date()) {
  const uscc = validateUscc(input.uscc);
  if (!uscc.ok) throw new DomainError('INVALID_USCC');
  if (!validateIdCard(input.legalRepIdNumber, now).ok) throw new DomainError('INVALID_ID_CARD');
  return ctx.db.transaction(async (tx) => {
    const account = await verifiedAccountOf(tx, citizen, true);
    if (await enterpriseByUscc(tx, uscc.normalized)) throw new DomainError('ENTERPRISE_ALREADY_REGISTERED');
    const row: EnterpriseRow = {
      id: newId(now.getTime()),
      uscc: uscc.normalized,
      name: input.name,
      legalRepName: input.legalRepName,
      legalRepIdNumber: input.legalRepIdNumber,
      registeredByAccountId: account.id,
      registrantIsLegalRep: account.idNumber === input.legalRepIdNumber,
      verification: 'declared',
      createdAt: now,
    };
    if (!(await insertEnterprise(tx, row))) throw new DomainError('ENTERPRISE_ALREADY_REGISTERED');
    await insertMember(tx, { id: newId(now.getTime()), enterpriseId: row.id, accountId: account.id, role: 'admin', addedByAccountId: account.id, createdAt: now });
    await recordAudit(tx, {
      ...citizenActor(citizen, ip),
      action: 'citizen.enterprise.register',
      objectType: 'enterprise_account',
      objectId: row.id,
      summary: { uscc: row.uscc, name: row.name, legalRep: maskName(row.legalRepName), registrantIsLegalRep: row.registrantIsLegalRep, verification: 'declared' },
    });
    return enterpriseView(tx, row, 'admin', account.id);
  });
}

/** The locked enterprise for a staff change by one of its administrators. */
async function asAdmin(tx: Db, citizen: Citizen, enterpriseId: string) {
  const found = await memberOf(tx, citizen, enterpriseId, true);
  if (!mayManageStaff(found.mine.role)) throw new DomainError('ENTERPRISE_NOT_ADMIN');
  return found;
}

/** 添加人员: by mobile number; an account is made for a number that has none. */
export async function addStaff(ctx: AppContext, citizen: Citizen, enterpriseId: string, input: { mobile: string; role: EnterpriseRole }, ip: string, now = new Date()) {
  return ctx.db.transaction(async (tx) => {
    const { enterprise, mine } = await asAdmin(tx, citizen, enterpriseId);
    const account = await accountForMobile(tx, input.mobile, now);
    if (await membership(tx, enterprise.id, account.id)) throw new DomainError('ENTERPRISE_MEMBER_EXISTS');
    const id = newId(now.getTime());
    await insertMember(tx, { id, enterpriseId: enterprise.id, accountId: account.id, role: input.role, addedByAccountId: citizen.accountId, createdAt: now });
    await recordAudit(tx, {
      ...citizenActor(citizen, ip),
      action: 'citizen.enterprise.staff-add',
      objectType: 'enterprise_account',
      objectId: enterprise.id,
      summary: { member: id, mobile: maskMobile(input.mobile), role: input.role },
    });
    return enterpriseView(tx, enterprise, mine.role, citizen.accountId);
  });
}

async function targetMember(tx: Db, enterpriseId: string, memberId: string) {
  const members = await membersOf(tx, enterpriseId);
  const target = members.find((m) => m.member.id === memberId);
  if (!target) throw new DomainError('ENTERPRISE_MEMBER_NOT_FOUND');
  return { members: members.map((m) => m.member), target };
}

/** 变更角色; the last administrator cannot become a handler. */
export async function changeStaffRole(ctx: AppContext, citizen: Citizen, enterpriseId: string, memberId: string, role: EnterpriseRole, ip: string) {
  return ctx.db.transaction(async (tx) => {
    const { enterprise } = await asAdmin(tx, citizen, enterpriseId);
    const { members, target } = await targetMember(tx, enterprise.id, memberId);
    const refusal = staffChangeRefusal(members, memberId, role);
    if (refusal) throw new DomainError(refusal);
    if (target.member.role !== role) {
      await updateMemberRole(tx, memberId, role);
      await recordAudit(tx, {
        ...citizenActor(citizen, ip),
        action: 'citizen.enterprise.staff-role',
        objectType: 'enterprise_account',
        objectId: enterprise.id,
        summary: { member: memberId, mobile: maskMobile(target.mobile), from: target.member.role, to: role },
      });
    }
    const mine = (await membership(tx, enterprise.id, citizen.accountId))!;
    return enterpriseView(tx, enterprise, mine.role, citizen.accountId);
  });
}

/** 移除人员: by an administrator, or a member leaving on their own; the last administrator stays. */
export async function removeStaff(ctx: AppContext, citizen: Citizen, enterpriseId: string, memberId: string, ip: string) {
  return ctx.db.transaction(async (tx) => {
    const { enterprise, mine } = await memberOf(tx, citizen, enterpriseId, true);
    const leaving = mine.id === memberId;
    if (!leaving && !mayManageStaff(mine.role)) throw new DomainError('ENTERPRISE_NOT_ADMIN');
    const { members, target } = await targetMember(tx, enterprise.id, memberId);
    const refusal = staffChangeRefusal(members, memberId);
    if (refusal) throw new DomainError(refusal);
    await deleteMember(tx, memberId);
    await recordAudit(tx, {
      ...citizenActor(citizen, ip),
      action: 'citizen.enterprise.staff-remove',
      objectType: 'enterprise_account',
      objectId: enterprise.id,
      summary: { member: memberId, mobile: maskMobile(target.mobile), role: target.member.role, leaving },
    });
  });
}
