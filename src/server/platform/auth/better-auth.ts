import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor, username } from 'better-auth/plugins';
import { hash, verify } from '@node-rs/argon2';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/types.ts';
import { newId } from '../ids.ts';
import { authAccount, authSession, authTwoFactor, authUser, authVerification } from './auth.schema.ts';

// better-auth owns credentials, sessions and the TOTP secret; the platform wraps its API
// in /api/v1/auth routes so every answer has our error body and every attempt is audited.
export function createAuth(db: Db, config: Config, log?: Logger) {
  return betterAuth({
    appName: 'OneWindow 一窗通办',
    secret: config.authSecret,
    baseURL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    basePath: '/api/auth',
    trustedOrigins: ['*'],
    database: drizzleAdapter(db as never, {
      provider: 'pg',
      schema: {
        user: authUser,
        session: authSession,
        account: authAccount,
        verification: authVerification,
        twoFactor: authTwoFactor,
      },
    }),
    advanced: { database: { generateId: () => newId() } },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: {
        hash: (password) => hash(password),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    session: {
      // A sliding idle timeout: the expiry moves forward while the clerk keeps working.
      expiresIn: config.SESSION_IDLE_MINUTES * 60,
      updateAge: Math.min(60, config.SESSION_IDLE_MINUTES * 30),
      cookieCache: { enabled: false },
    },
    rateLimit: { enabled: false },
    plugins: [username({ minUsernameLength: 2, maxUsernameLength: 40, usernameValidator: (u) => /^[a-z0-9._-]+$/.test(u) }), twoFactor({ issuer: 'OneWindow 一窗通办' })],
    telemetry: { enabled: false },
    // Failed sign-ins are audited by us; better-auth's own warnings would only repeat them.
    // Its errors go through our logger, which masks them (a failed session query carries the token).
    logger: { disabled: config.LOG_LEVEL === 'silent', level: 'error', log: log && ((level, message, ...args) => log[level]({ args }, `better-auth: ${message}`)) },
  });
}

export type Auth = ReturnType<typeof createAuth>;
