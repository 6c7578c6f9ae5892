// The session check every staff request pays (guard.ts): the guard's one read of session and
// staff together, beside better-auth's getSession followed by the actor read (what every
// request paid before, and what a session due to slide still pays), in the same run, on the
// same platform, alternating rounds. Timed: a whole GET /api/v1/auth/me through Fastify's
// inject (the route itself reads the center once more).
// Run: node --import tsx bench/session-check.bench.ts [requests=2000] [rounds=3]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; the bench creates and drops
// its own database. The last line is JSON.
import { createPlatform } from '../src/server/main.ts';
import { scratchPostgres } from '../test/fixtures/load-hall.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { seedDemo } from '../src/server/seed/seed.ts';
import { DEMO_PASSWORD } from '../src/server/seed/demo-org.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REQUESTS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 3);

const scratch = await scratchPostgres(URL_, 4);
const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
const platform = await createPlatform(config, { database: scratch.database, log: createLogger('silent') });
try {
  await seedDemo(scratch.database.db, { forcePasswordChange: false });
  const signIn = await platform.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'clerk', password: DEMO_PASSWORD } });
  const cookie = [signIn.headers['set-cookie']].flat().map((c) => String(c).split(';')[0]).join('; ');
  const onePath = platform.ctx.resolveSessionActor;
  const betterAuthOnly = async () => undefined; // the fast path finds nothing: getSession answers

  async function round(): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = process.hrtime.bigint();
      const res = await platform.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`GET /auth/me: ${res.statusCode} ${res.body}`);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times.slice(Math.floor(REQUESTS / 10)); // the first tenth warms up
  }
  const fast: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    platform.ctx.resolveSessionActor = onePath;
    fast.push(...(await round()));
    platform.ctx.resolveSessionActor = betterAuthOnly;
    base.push(...(await round()));
  }
  platform.ctx.resolveSessionActor = onePath;
  const q = (xs: number[], p: number) => Number([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!.toFixed(3));
  const figures = { p50_ms: q(fast, 0.5), p99_ms: q(fast, 0.99), baseline_p50_ms: q(base, 0.5), baseline_p99_ms: q(base, 0.99) };
  console.log(
    `GET /api/v1/auth/me, ${ROUNDS} rounds of ${REQUESTS}: one read p50 ${figures.p50_ms} ms, p99 ${figures.p99_ms} ms; ` +
      `better-auth getSession then actor p50 ${figures.baseline_p50_ms} ms, p99 ${figures.baseline_p99_ms} ms`,
  );
  console.log(
    JSON.stringify({
      bench: 'session-check',
      requests: REQUESTS * ROUNDS,
      ...figures,
      baseline: 'better-auth getSession, then the actor read',
      ratio: Number((figures.p50_ms / figures.baseline_p50_ms).toFixed(2)),
    }),
  );
} finally {
  await platform.stop();
  await scratch.drop();
}
