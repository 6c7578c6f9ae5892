import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { can, isAdminRole, type Permission } from '../../../domain/access/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor, AppContext, Citizen } from '../context.ts';
import { readSessionCookie, type SessionCookieNames } from '../auth/session-cookie.ts';
import { toWebHeaders } from './web-headers.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a staff member needs. Every /api/v1 route declares this or `access`. */
    permission?: Permission;
    /** 'public': anyone; 'signedIn': any staff session (even one that must change its password); 'citizen': a citizen's own session (issue #19). */
    access?: 'public' | 'signedIn' | 'citizen';
  }
  interface FastifyRequest {
    actor?: Actor;
    citizen?: Citizen;
  }
}

/** The citizen of a request that passed the guard of a 'citizen' route. */
export function citizenOf(req: FastifyRequest): Citizen {
  if (!req.citizen) throw new DomainError('CITIZEN_UNAUTHENTICATED');
  return req.citizen;
}

/** The actor of a request that passed the guard; routes behind a permission always have one. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('UNAUTHENTICATED');
  return req.actor;
}

/**
 * The actor of the request's session. Most requests take one read: a signed token whose
 * session better-auth would neither refresh nor end yet, and its staff record, joined. Every
 * other case (no or forged cookie, a session gone, expired or due to slide, a stale cache
 * cookie) goes to better-auth's own getSession, which answers it and sends the cookies it
 * needs. So the fast path answers exactly what better-auth would, without its second read,
 * and nothing is cached: a session deleted at sign-out or lock-out fails the next request.
 */
export async function resolveSessionActor(ctx: AppContext, req: FastifyRequest, reply?: FastifyReply): Promise<Actor | undefined> {
  const settings = await sessionSettings(ctx);
  const { token, stale } = readSessionCookie(req.headers.cookie, settings.names, settings.secret);
  if (token && !stale) {
    const found = await ctx.resolveSessionActor(ctx.db, token);
    // better-auth slides the expiry once updateAge has passed since the last slide.
    if (found && found.expiresAt.getTime() - settings.expiresInMs + settings.updateAgeMs > Date.now()) return found.actor;
  }
  const { headers, response: session } = await ctx.auth.api.getSession({ headers: toWebHeaders(req.headers), returnHeaders: true });
  // The idle timeout slides: when better-auth moves the expiry forward (or clears an expired
  // session) it sends the cookie again, and the browser must get it, or its cookie would
  // still die SESSION_IDLE_MINUTES after sign-in however busy the clerk is.
  const cookies = headers.getSetCookie();
  if (reply && cookies.length) reply.header('set-cookie', cookies);
  if (!session) return undefined;
  return ctx.resolveActor(ctx.db, session.user.id);
}

const settingsOf = new WeakMap<AppContext, Promise<{ names: SessionCookieNames; secret: string; expiresInMs: number; updateAgeMs: number }>>();

/** better-auth's cookie names, secret and session timings, read once from its context. */
export function sessionSettings(ctx: AppContext) {
  let settings = settingsOf.get(ctx);
  if (!settings) {
    settings = ctx.auth.$context.then((c) => ({
      names: { token: c.authCookies.sessionToken.name, data: c.authCookies.sessionData.name },
      secret: c.secret,
      expiresInMs: c.sessionConfig.expiresIn * 1000,
      updateAgeMs: c.sessionConfig.updateAge * 1000,
    }));
    settingsOf.set(ctx, settings);
  }
  return settings;
}

// Route declarations are checked when the server starts: a route without an access rule
// fails the boot instead of being silently open.
export const guardPlugin = fp(async (app: FastifyInstance, ctx: AppContext) => {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const cfg = route.config as { permission?: Permission; access?: string } | undefined;
    if (!cfg?.permission && !cfg?.access) throw new Error(`route ${route.method} ${route.url} declares no permission`);
  });

  app.addHook('onRequest', async (req, reply) => {
    const cfg = req.routeOptions.config as { permission?: Permission; access?: string };
    if (!req.url.startsWith('/api/v1') || cfg.access === 'public') return;
    if (!cfg.permission && !cfg.access) return; // 404 handler
    if (cfg.access === 'citizen') {
      const citizen = await ctx.resolveCitizen?.(ctx, req);
      if (!citizen) throw new DomainError('CITIZEN_UNAUTHENTICATED');
      req.citizen = citizen;
      return;
    }
    const actor = await resolveSessionActor(ctx, req, reply);
    // A session cookie that no longer resolves means the idle timeout (or a sign-out elsewhere).
    if (!actor) throw new DomainError(/session_token=[^;\s]/.test(req.headers.cookie ?? '') ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    req.actor = actor;
    if (cfg.access === 'signedIn') return;
    if (actor.mustChangePassword) throw new DomainError('PASSWORD_CHANGE_REQUIRED');
    if (actor.roles.some(isAdminRole) && !actor.twoFactorEnabled) throw new DomainError('TWO_FACTOR_SETUP_REQUIRED');
    if (!can(actor.roles, cfg.permission!)) throw new DomainError('FORBIDDEN', { permission: cfg.permission });
  });
});
