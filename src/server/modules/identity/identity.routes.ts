import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { Me, PasswordChanged, SignedIn, SignedOut, SignInResult, TwoFactorEnabled, TwoFactorSetup } from '../../../contract/identity.ts';
import { isAdminRole, isStrongPassword, permissionsOf, roleLabels, surfacesOf } from '../../../domain/access/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { claimTotpCode, releaseTotpCode, revokeSession } from '../../platform/auth/totp-replay.ts';
import { toWebHeaders } from '../../platform/http/web-headers.ts';
import { assertCenterInScope, clearMustChangePassword, findStaffByUsername } from '../org/index.ts';
import { withAuthCookies } from './better-auth-call.ts';
import { auditSignIn, checkNotLocked, recordFailure, recordSuccess } from './sign-in.service.ts';

const tags = ['auth 登录'];
const SignIn = z.object({ username: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(128) });
const Code = z.object({ code: z.string().trim().regex(/^\d{6}$/) });

export async function identityRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const pub = { access: 'public' } as const;
  const signedIn = { access: 'signedIn' } as const;

  app.post('/auth/sign-in', { config: pub, schema: { operationId: 'signIn', tags, body: SignIn, response: { 200: SignInResult } } }, async (req, reply) => {
    const attempt = { username: req.body.username, ip: req.ip };
    const person = await checkNotLocked(ctx, attempt);
    let response: { twoFactorRedirect?: boolean };
    try {
      response = (await withAuthCookies(reply, () =>
        ctx.auth.api.signInUsername({ body: req.body, headers: toWebHeaders(req.headers), returnHeaders: true }),
      )) as { twoFactorRedirect?: boolean };
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'INVALID_CREDENTIALS') throw e;
      const locked = await recordFailure(ctx, attempt, person);
      throw new DomainError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
    }
    if (!person) throw new DomainError('INVALID_CREDENTIALS'); // a better-auth user with no staff record
    if (response.twoFactorRedirect) {
      await auditSignIn(ctx, attempt, 'ok', person, { stage: 'password', next: 'totp' });
      return { status: 'two-factor-required' as const };
    }
    await recordSuccess(ctx, attempt, person, 'password');
    return { status: 'signed-in' as const };
  });

  app.post('/auth/two-factor/verify', { config: pub, schema: { operationId: 'verifyTwoFactor', tags, body: Code, response: { 200: SignedIn } } }, async (req, reply) => {
    const attempt = { username: '', ip: req.ip };
    try {
      // The user is known only once better-auth has checked the code against the pending
      // sign-in; a replayed code then loses the session it opened, before any cookie leaves.
      const res = (await withAuthCookies(reply, async () => {
        const r = await ctx.auth.api.verifyTOTP({ body: { code: req.body.code }, headers: toWebHeaders(req.headers), returnHeaders: true });
        const { token, user } = r.response as { token: string; user: { id: string } };
        if (!(await claimTotpCode(ctx.db, user.id, req.body.code))) {
          await revokeSession(ctx.db, token);
          throw new DomainError('TOTP_REPLAYED');
        }
        return r;
      })) as { user?: { username?: string } };
      const person = res.user?.username ? await findStaffByUsername(ctx.db, res.user.username) : undefined;
      if (person) await recordSuccess(ctx, { ...attempt, username: person.username }, person, 'totp');
      return { status: 'signed-in' as const };
    } catch (e) {
      await auditSignIn(ctx, attempt, 'failed', undefined, { stage: 'totp', reason: e instanceof DomainError ? e.code : 'error' });
      throw e;
    }
  });

  app.post('/auth/sign-out', { config: signedIn, schema: { operationId: 'signOut', tags, response: { 200: SignedOut } } }, async (req, reply) => {
    const actor = actorOf(req);
    await withAuthCookies(reply, () => ctx.auth.api.signOut({ headers: toWebHeaders(req.headers), returnHeaders: true }));
    await recordAudit(ctx.db, { actorId: actor.staffId, actorName: actor.name, centerId: actor.centerId, action: 'auth.sign-out', objectType: 'staff', objectId: actor.staffId, ip: req.ip });
    return { status: 'signed-out' as const };
  });

  app.get('/auth/me', { config: signedIn, schema: { operationId: 'getMe', tags, response: { 200: Me } } }, async (req) => {
    const actor = actorOf(req);
    const center = await assertCenterInScope(ctx.db, actor, actor.centerId);
    return {
      staffId: actor.staffId,
      username: actor.username,
      name: actor.name,
      roles: actor.roles.map((r) => ({ code: r, ...roleLabels[r] })),
      permissions: [...permissionsOf(actor.roles)],
      surfaces: surfacesOf(actor.roles),
      center: { id: center.id, name: center.name, level: center.level },
      mustChangePassword: actor.mustChangePassword,
      twoFactorEnabled: actor.twoFactorEnabled,
      twoFactorRequired: actor.roles.some(isAdminRole),
      idleMinutes: ctx.config.SESSION_IDLE_MINUTES,
    };
  });

  app.post(
    '/auth/password',
    { config: signedIn, schema: { operationId: 'changePassword', tags, body: z.object({ currentPassword: z.string().min(1).max(128), newPassword: z.string().min(1).max(128) }), response: { 200: PasswordChanged } } },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!isStrongPassword(req.body.newPassword)) throw new DomainError('WEAK_PASSWORD');
      if (req.body.newPassword === req.body.currentPassword) throw new DomainError('WEAK_PASSWORD', { reason: 'unchanged' });
      await withAuthCookies(reply, () =>
        ctx.auth.api.changePassword({ body: { ...req.body, revokeOtherSessions: true }, headers: toWebHeaders(req.headers), returnHeaders: true }),
      );
      await ctx.db.transaction(async (tx) => {
        await clearMustChangePassword(tx, actor.staffId);
        await recordAudit(tx, { actorId: actor.staffId, actorName: actor.name, centerId: actor.centerId, action: 'auth.password-change', objectType: 'staff', objectId: actor.staffId, ip: req.ip });
      });
      return { status: 'changed' as const };
    },
  );

  app.post('/auth/two-factor/setup', { config: signedIn, schema: { operationId: 'setupTwoFactor', tags, body: z.object({ password: z.string().min(1).max(128) }), response: { 200: TwoFactorSetup } } }, async (req, reply) => {
    const res = (await withAuthCookies(reply, () =>
      ctx.auth.api.enableTwoFactor({ body: { password: req.body.password }, headers: toWebHeaders(req.headers), returnHeaders: true }),
    )) as { totpURI: string; backupCodes: string[] };
    const secret = new URL(res.totpURI).searchParams.get('secret') ?? ''; // always there in an otpauth URI
    return { totpURI: res.totpURI, secret, backupCodes: res.backupCodes, qrDataUrl: await QRCode.toDataURL(res.totpURI, { margin: 1, width: 220 }) };
  });

  app.post('/auth/two-factor/confirm', { config: signedIn, schema: { operationId: 'confirmTwoFactor', tags, body: Code, response: { 200: TwoFactorEnabled } } }, async (req, reply) => {
    const actor = actorOf(req);
    // The enrolment code counts as used too: it may not sign in a second time.
    if (!(await claimTotpCode(ctx.db, actor.userId, req.body.code))) throw new DomainError('TOTP_REPLAYED');
    try {
      await withAuthCookies(reply, () => ctx.auth.api.verifyTOTP({ body: { code: req.body.code }, headers: toWebHeaders(req.headers), returnHeaders: true }));
    } catch (e) {
      await releaseTotpCode(ctx.db, actor.userId, req.body.code);
      throw e;
    }
    await recordAudit(ctx.db, { actorId: actor.staffId, actorName: actor.name, centerId: actor.centerId, action: 'auth.two-factor-enable', objectType: 'staff', objectId: actor.staffId, ip: req.ip });
    return { status: 'enabled' as const };
  });
}
