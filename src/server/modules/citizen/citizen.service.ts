// 网上办事大厅的账号 (issue #19, decision 0041): sign-in by a one-time SMS code and real-name
// binding. One use case per change, each in one transaction with its audit row; the rules
// (limits, expiry, the lock) are the domain's.
import { createHmac, randomInt } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { CODE_LENGTH, codeRequestRefusal, hourBefore, judgeCode, type SignInCodeRules } from '../../../domain/citizen/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { maskIdCard, maskMobile, maskName, validateIdCard } from '../../../domain/identifiers/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppContext, Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueNotification, registerCitizenContact } from '../notification/index.ts';
import { listPublicCenters } from '../org/index.ts';
import { openSession } from './citizen-session.ts';
import { subjectsOf } from './subjects.ts';
import {
  accountById,
  accountByIdNumber,
  accountByMobile,
  codesSentSince,
  insertAccount,
  insertCode,
  latestCode,
  lockGuard,
  markCodeUsed,
  setGuard,
  updateAccount,
  type CitizenAccountRow,
} from './citizen.queries.ts';

/** Seconds before the portal offers to send the code again. */
const RESEND_AFTER_SECONDS = 60;

export function codeRules(ctx: AppContext): SignInCodeRules {
  const c = ctx.config;
  return {
    ttlSeconds: c.CITIZEN_CODE_TTL_SECONDS,
    perMobilePerHour: c.CITIZEN_CODES_PER_MOBILE_HOUR,
    perIpPerHour: c.CITIZEN_CODES_PER_IP_HOUR,
    wrongAllowed: c.CITIZEN_WRONG_CODES_ALLOWED,
    lockMinutes: c.CITIZEN_LOCK_MINUTES,
  };
}

/** Keyed by the auth secret: a leaked table of hashes cannot be brute-forced offline in a million tries. */
const codeHash = (ctx: AppContext, mobile: string, code: string) => createHmac('sha256', ctx.config.authSecret).update(`${mobile}:${code}`).digest('hex');

const citizenWho = (mobile: string, ip: string) => ({ actorName: `公众 ${maskMobile(mobile)}`, actorRole: 'citizen', ip });

/** 获取验证码: refused while the number is locked or past an hourly limit; else texted through the outbox. */
export async function requestSignInCode(ctx: AppContext, mobile: string, ip: string, now = new Date()) {
  const rules = codeRules(ctx);
  const [center] = await listPublicCenters(ctx.db);
  if (!center) throw new DomainError('SERVICE_UNAVAILABLE');
  return ctx.db.transaction(async (tx) => {
    // The number's guard row serialises its requests: two presses at once cannot both pass the limit.
    const guard = await lockGuard(tx, mobile, now);
    const refusal = codeRequestRefusal(rules, now, await codesSentSince(tx, hourBefore(now), mobile, ip), guard.lockedUntil);
    if (refusal === 'locked') throw new DomainError('CITIZEN_LOCKED', { lockedUntil: guard.lockedUntil!.toISOString() });
    if (refusal) throw new DomainError('CITIZEN_CODE_LIMIT', { limit: refusal });
    const code = String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, '0');
    await insertCode(tx, { id: newId(now.getTime()), mobile, codeHash: codeHash(ctx, mobile, code), ip, createdAt: now, expiresAt: new Date(now.getTime() + rules.ttlSeconds * 1000) });
    const minutes = Math.round(rules.ttlSeconds / 60);
    // 'secret:' tells the outbox screens to hide the digits: staff never read a citizen's code.
    await enqueueNotification(tx, { centerId: center.id, event: 'citizen.sign-in-code', vars: { code, minutes: String(minutes) }, to: { mobile }, ref: 'secret:citizen-sign-in' }, now);
    await recordAudit(tx, { ...citizenWho(mobile, ip), action: 'citizen.code-sent', objectType: 'citizen_sign_in', objectId: maskMobile(mobile) });
    return { sentTo: maskMobile(mobile), expiresInSeconds: rules.ttlSeconds, resendAfterSeconds: RESEND_AFTER_SECONDS };
  });
}

/**
 * 验证码登录: the right, unexpired code of the number's latest code signs in (the account is
 * made on first sign-in); a wrong one counts, and the sixth wrong in a row locks the number.
 * The count is written even when the answer is a refusal, so the refusal is thrown after commit.
 */
export async function signInWithCode(ctx: AppContext, reply: FastifyReply, mobile: string, code: string, ip: string, now = new Date()) {
  const rules = codeRules(ctx);
  const outcome = await ctx.db.transaction(async (tx) => {
    const guard = await lockGuard(tx, mobile, now);
    const latest = await latestCode(tx, mobile);
    const verdict = judgeCode(rules, now, {
      code: latest ? { expiresAt: latest.expiresAt, used: latest.usedAt !== null, matches: latest.codeHash === codeHash(ctx, mobile, code) } : null,
      wrongInRow: guard.wrongInRow,
      lockedUntil: guard.lockedUntil,
    });
    if (!verdict.ok) {
      if (verdict.reason === 'wrong') {
        await setGuard(tx, mobile, verdict.wrongInRow, verdict.lockedUntil, now);
        await recordAudit(tx, { ...citizenWho(mobile, ip), action: verdict.lockedUntil ? 'citizen.locked' : 'citizen.sign-in', result: 'failed', objectType: 'citizen_sign_in', objectId: maskMobile(mobile) });
      }
      return verdict;
    }
    await markCodeUsed(tx, latest!.id, now);
    await setGuard(tx, mobile, 0, null, now);
    await insertAccount(tx, { id: newId(now.getTime()), mobile, createdAt: now });
    const account = (await accountByMobile(tx, mobile))!;
    await updateAccount(tx, account.id, { lastSignInAt: now });
    // From now on a message to this mobile reaches the account's inbox too (its 通知设置 decide the channels).
    await registerCitizenContact(tx, { accountId: account.id, mobile }, now);
    await openSession(tx, ctx, reply, account.id, now);
    await recordAudit(tx, { ...citizenWho(mobile, ip), actorId: account.id, action: 'citizen.sign-in', objectType: 'citizen_account', objectId: account.id });
    return { ok: true as const, account };
  });
  if (outcome.ok) return meOf(ctx.db, outcome.account);
  if (outcome.reason === 'locked') throw new DomainError('CITIZEN_LOCKED', { lockedUntil: outcome.lockedUntil.toISOString() });
  if (outcome.reason === 'wrong' && outcome.lockedUntil) throw new DomainError('CITIZEN_LOCKED', { lockedUntil: outcome.lockedUntil.toISOString() });
  if (outcome.reason === 'wrong') throw new DomainError('CITIZEN_CODE_WRONG', { remaining: outcome.remaining });
  throw new DomainError(outcome.reason === 'expired' ? 'CITIZEN_CODE_EXPIRED' : 'CITIZEN_CODE_MISSING');
}

/** The account as the portal sees it, masked, with whom it may act for. */
export async function meOf(db: Db, a: CitizenAccountRow) {
  return {
    id: a.id,
    mobile: maskMobile(a.mobile),
    realName: a.realName ? maskName(a.realName) : null,
    idNumber: a.idNumber ? maskIdCard(a.idNumber) : null,
    verified: a.verifiedAt !== null,
    verifiedAt: a.verifiedAt,
    createdAt: a.createdAt,
    subjects: await subjectsOf(db, a),
  };
}

export async function citizenMe(db: Db, citizen: Citizen) {
  const account = await accountById(db, citizen.accountId);
  if (!account) throw new DomainError('CITIZEN_UNAUTHENTICATED');
  return meOf(db, account);
}

/**
 * 实名认证: the name and the resident ID number, checked by GB 11643 (date of birth and check
 * character). One ID number binds one account; a verified account is not bound again.
 */
export async function bindRealName(ctx: AppContext, citizen: Citizen, input: { name: string; idNumber: string }, ip: string, now = new Date()) {
  if (!validateIdCard(input.idNumber, now).ok) throw new DomainError('INVALID_ID_CARD');
  return ctx.db.transaction(async (tx) => {
    const account = await accountById(tx, citizen.accountId, true);
    if (!account) throw new DomainError('CITIZEN_UNAUTHENTICATED');
    if (account.verifiedAt) throw new DomainError('CITIZEN_ALREADY_VERIFIED');
    const holder = await accountByIdNumber(tx, input.idNumber);
    if (holder && holder.id !== account.id) throw new DomainError('CITIZEN_ID_TAKEN');
    await updateAccount(tx, account.id, { realName: input.name, idNumber: input.idNumber, verifiedAt: now });
    await recordAudit(tx, { ...citizenWho(account.mobile, ip), actorId: account.id, action: 'citizen.real-name', objectType: 'citizen_account', objectId: account.id, summary: { name: maskName(input.name), idNumber: maskIdCard(input.idNumber) } });
    return meOf(tx, { ...account, realName: input.name, idNumber: input.idNumber, verifiedAt: now });
  });
}
