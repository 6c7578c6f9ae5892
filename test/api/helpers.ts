import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { errorCatalog, type ErrorCode } from '../../src/domain/errors/index.ts';
import { usccCheckChar } from '../../src/domain/identifiers/index.ts';
import { moduleRoutes } from '../../src/server/modules/index.ts';
import { buildApp } from '../../src/server/platform/http/app.ts';
import { cookieOf, DEMO_PASSWORD, signIn, type startTestPlatform } from '../harness.ts';
import { freshCode } from '../totp-codes.ts';

export { freshCode };

// Shared helpers of the API suites: raw SQL on either driver, demo ids, TOTP sign-in,
// and the shape every error answer must have.

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;

export const hasChinese = /[\u4e00-\u9fff]/;

/** Run SQL and return the rows (PGlite and node-postgres shape their results differently). */
export async function rows<T = Record<string, unknown>>(p: TestPlatform, query: SQL): Promise<T[]> {
  const res = (await p.ctx.db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(res) ? res : (res.rows ?? []);
}

export interface DemoIds {
  center: Record<string, string>; // by center code: XY-COUNTY, XY-TUQIAO, XY-ZHITIAN, ...
  centerPath: Record<string, string>;
  staff: Record<string, string>; // by username
  staffUser: Record<string, string>; // auth user id by username
  department: Record<string, string>; // by name
  window: Record<string, string>; // by `${centerCode}/${number}`
}

export async function demoIds(p: TestPlatform): Promise<DemoIds> {
  const ids: DemoIds = { center: {}, centerPath: {}, staff: {}, staffUser: {}, department: {}, window: {} };
  for (const c of await rows<{ id: string; code: string; path: string }>(p, sql`SELECT id, code, path FROM center`)) {
    ids.center[c.code] = c.id;
    ids.centerPath[c.code] = c.path;
  }
  for (const s of await rows<{ id: string; username: string; user_id: string }>(p, sql`SELECT id, username, user_id FROM staff`)) {
    ids.staff[s.username] = s.id;
    ids.staffUser[s.username] = s.user_id;
  }
  for (const d of await rows<{ id: string; name: string }>(p, sql`SELECT id, name FROM department`)) ids.department[d.name] = d.id;
  const ws = await rows<{ id: string; code: string; number: string }>(
    p,
    sql`SELECT w.id, c.code, w.number FROM service_window w JOIN center c ON c.id = w.center_id`,
  );
  for (const w of ws) ids.window[`${w.code}/${w.number}`] = w.id;
  return ids;
}

/** A valid USCC (GB 32100 check character) for test number n. */
export function testUscc(n: number): string {
  const first17 = `12610429MB${String(10_000_000 + n).slice(1)}`;
  return first17 + usccCheckChar(first17);
}

export function totpOf(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
}

/** Enrol TOTP for an administrator (setup + confirm) and return the generator. */
export async function enrolTotp(p: TestPlatform, username: string): Promise<OTPAuth.TOTP> {
  const cookie = await signIn(p, username);
  const setup = await p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/two-factor/setup',
    headers: { cookie },
    payload: { password: DEMO_PASSWORD },
  });
  if (setup.statusCode !== 200) throw new Error(`setup ${username}: ${setup.statusCode} ${setup.body}`);
  const totp = totpOf(setup.json().secret);
  const confirm = await p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/two-factor/confirm',
    headers: { cookie },
    payload: { code: await freshCode(totp) },
  });
  if (confirm.statusCode !== 200) throw new Error(`confirm ${username}: ${confirm.statusCode} ${confirm.body}`);
  return totp;
}

/** Password step, then TOTP step; returns the session cookie. */
export async function signInWithTotp(p: TestPlatform, username: string, totp: OTPAuth.TOTP): Promise<string> {
  const first = await p.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password: DEMO_PASSWORD } });
  if (first.statusCode !== 200 || first.json().status !== 'two-factor-required')
    throw new Error(`sign-in ${username}: ${first.statusCode} ${first.body}`);
  const verify = await p.app.inject({
    method: 'POST',
    url: '/api/v1/auth/two-factor/verify',
    headers: { cookie: cookieOf(first) },
    payload: { code: await freshCode(totp) },
  });
  if (verify.statusCode !== 200) throw new Error(`verify ${username}: ${verify.statusCode} ${verify.body}`);
  return cookieOf(verify);
}

/** Everything wrong with an error answer, as text (empty when it is well formed). */
export function errorProblems(res: LightMyRequestResponse, lang: 'zh' | 'en'): string[] {
  const problems: string[] = [];
  if (res.statusCode < 400 || res.statusCode >= 500) problems.push(`status ${res.statusCode}`);
  let body: { code?: unknown; message?: unknown; details?: unknown };
  try {
    body = res.json();
  } catch {
    return [...problems, `body is not JSON: ${res.body.slice(0, 80)}`];
  }
  const code = body.code as ErrorCode;
  if (typeof code !== 'string' || !(code in errorCatalog)) return [...problems, `unknown code ${String(body.code)}`];
  if (errorCatalog[code].status !== res.statusCode)
    problems.push(`status ${res.statusCode} ≠ catalog ${errorCatalog[code].status} for ${code}`);
  // The catalog's message, or a more specific one a route gives (e.g. "该事项不存在或尚未发布办事指南").
  const message = String(body.message ?? '');
  if (lang === 'zh' && !hasChinese.test(message)) problems.push(`zh message "${message}"`);
  if (lang === 'en' && (hasChinese.test(message) || !/[A-Za-z]{2}/.test(message))) problems.push(`en message "${message}"`);
  // Field problems of a validation error are shown to people too: Chinese by default.
  if (code === 'VALIDATION_FAILED' && lang === 'zh' && Array.isArray(body.details)) {
    for (const d of body.details as { field?: string; message?: string }[]) {
      if (!hasChinese.test(d.message ?? '')) problems.push(`field ${d.field} message "${d.message}"`);
    }
  }
  return problems;
}

/**
 * The access rule each route declares in its source (`config.permission` or `config.access`),
 * by operationId: a second app is built from the same modules with an onRoute hook in each.
 */
export async function declaredAccess(p: TestPlatform): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const spied = moduleRoutes.map((routes) => async (app: Parameters<typeof routes>[0], ctx: Parameters<typeof routes>[1]) => {
    app.addHook('onRoute', (r) => {
      const cfg = (r.config ?? {}) as { permission?: string; access?: string };
      const id = (r.schema as { operationId?: string } | undefined)?.operationId ?? `${r.method} ${r.url}`;
      if (r.method !== 'HEAD') found.set(id, cfg.permission ?? cfg.access ?? '(none)');
    });
    await routes(app, ctx);
  });
  const app = await buildApp(p.ctx, spied);
  await app.ready();
  await app.close();
  return found;
}

/** An inject wrapper that counts requests. */
export function counter(p: TestPlatform) {
  const c = {
    count: 0,
    inject(opts: InjectOptions) {
      c.count++;
      return p.app.inject(opts);
    },
  };
  return c;
}

/**
 * A citizen's session cookie (issue #19): asks for a sign-in code for the number, reads the
 * code from the SMS outbox as the gateway would receive it, and signs in with it.
 */
export async function signInCitizen(p: TestPlatform, mobile: string, ip = '127.0.0.1'): Promise<string> {
  const sent = await p.app.inject({ method: 'POST', url: '/api/v1/portal/sign-in/code', payload: { mobile }, remoteAddress: ip });
  if (sent.statusCode !== 200) throw new Error(`code for ${mobile}: ${sent.statusCode} ${sent.body}`);
  const code = await lastSignInCode(p, mobile);
  const res = await p.app.inject({ method: 'POST', url: '/api/v1/portal/sign-in', payload: { mobile, code }, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`citizen sign-in ${mobile}: ${res.statusCode} ${res.body}`);
  return [res.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
}

/** The six digits of the latest sign-in code texted to a number. */
export async function lastSignInCode(p: TestPlatform, mobile: string): Promise<string> {
  const [m] = await rows<{ text: string }>(p, sql`SELECT text FROM notification_outbox WHERE "to" = ${mobile} AND ref = 'secret:citizen-sign-in' ORDER BY created_at DESC, id DESC LIMIT 1`);
  const code = /\d{6}/.exec(m?.text ?? '')?.[0];
  if (!code) throw new Error(`no sign-in code texted to ${mobile}`);
  return code;
}
