import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../src/server/platform/config.ts';
import { createPlatform, type Platform } from '../src/server/main.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-org.ts';
import { testDatabase } from './db.ts';

export { DEMO_PASSWORD };

/**
 * A platform on a fresh test database, driven through Fastify's inject (no sockets). It does
 * not work background jobs (JOBS_WORKER=off): suites run the sweeps with their own clock, and a
 * worker would run them on the real one; the job runner's own suites turn it on.
 */
export async function startTestPlatform(overrides: Record<string, string> = {}): Promise<Platform & { close(): Promise<void> }> {
  const database = await testDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', JOBS_WORKER: 'off', ...overrides });
  const platform = await createPlatform(config, { database, log: createLogger('silent') });
  return {
    ...platform,
    async close() {
      await platform.stop();
      await database.close();
    },
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** Sign in a demo account (no second factor) and return its cookie. */
export async function signIn(platform: Platform, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await platform.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in ${username}: ${res.statusCode} ${res.body}`);
  return cookieOf(res);
}
