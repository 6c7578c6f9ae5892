// Citizen sessions: a random token in an HttpOnly cookie of their own, only its SHA-256 in the
// database (a database reader cannot take over a session). Staff sessions stay better-auth's;
// the two never mix: a staff cookie does not open the citizen routes, nor the reverse.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, Citizen } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { deleteSession, insertSession, liveSession, slideSession } from './citizen.queries.ts';

export const CITIZEN_COOKIE = 'ow_citizen';
const DAY_MS = 86_400_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CITIZEN_COOKIE) return rest.join('=') || undefined;
  }
  return undefined;
}

function cookie(ctx: AppContext, value: string, maxAgeSeconds: number): string {
  const secure = ctx.config.NODE_ENV === 'production' || (ctx.config.PUBLIC_URL ?? '').startsWith('https:');
  return `${CITIZEN_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** Opens a session in the sign-in transaction; the reply carries its cookie. */
export async function openSession(tx: Db, ctx: AppContext, reply: FastifyReply, accountId: string, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const days = ctx.config.CITIZEN_SESSION_DAYS;
  await insertSession(tx, { tokenHash: hashToken(token), accountId, createdAt: now, expiresAt: new Date(now.getTime() + days * DAY_MS) });
  reply.header('set-cookie', cookie(ctx, token, days * 86_400));
}

export async function closeSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply) {
  const token = cookieToken(req.headers.cookie);
  if (token) await deleteSession(ctx.db, hashToken(token));
  reply.header('set-cookie', cookie(ctx, '', 0));
}

/** The citizen of the request's cookie; the session slides once a day while used. */
export async function resolveCitizen(ctx: AppContext, req: FastifyRequest): Promise<Citizen | undefined> {
  const token = cookieToken(req.headers.cookie);
  if (!token || token.length > 100) return undefined;
  const now = new Date();
  const found = await liveSession(ctx.db, hashToken(token), now);
  if (!found) return undefined;
  const full = ctx.config.CITIZEN_SESSION_DAYS * DAY_MS;
  if (found.session.expiresAt.getTime() - now.getTime() < full - DAY_MS) await slideSession(ctx.db, found.session.tokenHash, new Date(now.getTime() + full));
  return { accountId: found.account.id, mobile: found.account.mobile, verified: found.account.verifiedAt !== null };
}
