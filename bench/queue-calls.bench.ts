// Calls per second of the hall queue: 20 windows in parallel, each looping call-next then
// finish through the service functions (window checks, SKIP LOCKED, history event, audit
// row, batched NOTIFY after commit: decision 0011), on PostgreSQL. Baseline in the same run:
// pgbench's built-in simple-update (`pgbench -N -c 20`) on a scratch database of the same
// server. Both share the machine's cores with the database, so compare the ratio.
//
// Run: node --import tsx bench/queue-calls.bench.ts [seconds per round] [rounds]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; the bench creates and
// drops its own databases. The last line is JSON.
import { execFileSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { hallTime } from '../src/domain/queue/index.ts';
import { prepareLoadHall, scratchPostgres, type LoadHall } from '../test/fixtures/load-hall.ts';
import { callNext, finish, finishAndCallNext } from '../src/server/modules/queue/index.ts';
import type { Db } from '../src/server/platform/db/types.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.argv[2] ?? 6);
const ROUNDS = Number(process.argv[3] ?? 3);
const WINDOWS = 20;
const TICKETS = 200_000;

/** Tickets straight into the table (issuing is not what is measured), numbered like the service numbers them. */
async function prefill(db: Db, hall: LoadHall, count: number) {
  const day = hallTime(new Date()).serviceDate;
  const cats = sql.raw(`ARRAY[${hall.categoryIds.map((c) => `'${c}'`).join(',')}]`);
  await db.execute(sql`
    INSERT INTO ticket (id, center_id, category_id, queue_category_id, service_date, seq, number, priority, priority_rank, state, source, created_at)
    SELECT gen_random_uuid()::text, ${hall.centerId}, c.id, c.id, ${day}::date, s.seq, c.prefix || lpad(s.seq::text, 4, '0'),
           CASE WHEN s.seq % 10 = 0 THEN 'elderly' ELSE 'normal' END, CASE WHEN s.seq % 10 = 0 THEN 0 ELSE 2 END, 'waiting', 'kiosk',
           now() - interval '1 hour' + s.seq * interval '1 millisecond'
    FROM unnest(${cats}::text[]) AS k(id) JOIN ticket_category c ON c.id = k.id, generate_series(1, ${Math.ceil(count / hall.categoryIds.length)}) AS s(seq)`);
  await db.execute(sql`ANALYZE ticket`);
}

/**
 * Each window calls and finishes its visitors for `seconds`. `next`: one press per visitor,
 * 办结并叫号 (finish the one at the window and call the next); `separate`: 叫号 then 办结.
 */
async function measureCalls(db: Db, hall: LoadHall, seconds: number, flow: 'next' | 'separate') {
  const stopAt = Date.now() + seconds * 1000;
  let calls = 0;
  const window = async (windowId: string) => {
    while (Date.now() < stopAt) {
      const r = flow === 'next' ? await finishAndCallNext(db, hall.who, windowId, []) : await callNext(db, hall.who, windowId);
      if (!r.ticket) throw new Error('bench ran out of tickets: raise TICKETS');
      calls++;
      if (flow === 'separate') await finish(db, hall.who, windowId, []);
    }
    if (flow === 'next') await finish(db, hall.who, windowId, []);
  };
  const started = Date.now();
  await Promise.all(hall.windowIds.map(window));
  return calls / ((Date.now() - started) / 1000);
}

function pgbenchEnv(url: string) {
  const u = new URL(url);
  const env = {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
  };
  return { env, dbName: u.pathname.slice(1) };
}

function pgbenchInit(url: string): void {
  const { env, dbName } = pgbenchEnv(url);
  execFileSync('pgbench', ['-i', '-q', dbName], { env, stdio: 'pipe' });
}

function pgbenchTps(url: string, seconds: number): number {
  const { env, dbName } = pgbenchEnv(url);
  const out = execFileSync('pgbench', ['-N', '-c', String(WINDOWS), '-j', '2', '-T', String(seconds), dbName], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const m = /tps = ([\d.]+)/.exec(out);
  if (!m) throw new Error(`cannot read pgbench output:\n${out}`);
  return Number(m[1]);
}

/**
 * Before every measured round, of either side: our tables vacuumed, dirty pages written
 * (CHECKPOINT) and no autovacuum worker running, so neither side's round pays for the
 * other's leftovers. Without it pgbench ran 15–20% below its figure on an idle server.
 */
async function settle(db: Db) {
  await db.execute(sql`VACUUM (ANALYZE) ticket, ticket_event, audit_log, window_session`);
  await db.execute(sql`CHECKPOINT`).catch(() => {}); // needs a superuser or pg_checkpoint; skipped otherwise
  for (let i = 0; i < 100; i++) {
    const r = (await db.execute(
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`,
    )) as unknown as {
      rows: { n: number }[];
    };
    if (r.rows[0]!.n === 0) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function scratchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ow_pgbench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

// The flows and pgbench alternate, ROUNDS times each, each round on a settled server, so a
// neighbour's burst on this shared machine falls on all sides; the medians are reported.
const scratch = await scratchPostgres(URL_, WINDOWS + 2);
const bench = await scratchDatabase(URL_);
const next: number[] = [];
const separate: number[] = [];
const tps: number[] = [];
try {
  const hall = await prepareLoadHall(scratch.database, WINDOWS);
  await prefill(scratch.database.db, hall, TICKETS);
  pgbenchInit(bench.url);
  // Warm-up: JIT, pool connections, plans.
  await measureCalls(scratch.database.db, hall, 1, 'next');
  await measureCalls(scratch.database.db, hall, 1, 'separate');
  const db = scratch.database.db;
  for (let round = 0; round < ROUNDS; round++) {
    await settle(db);
    next.push(await measureCalls(db, hall, SECONDS, 'next'));
    await settle(db);
    separate.push(await measureCalls(db, hall, SECONDS, 'separate'));
    await settle(db);
    tps.push(pgbenchTps(bench.url, SECONDS));
  }
} finally {
  await scratch.drop();
  await bench.drop();
}
const callsPerSecond = median(next);
const separatePerSecond = median(separate);
const baselineTps = median(tps);
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');

console.log(
  `queue calls, ${WINDOWS} windows: ${callsPerSecond.toFixed(0)} calls/s with 办结并叫号 (rounds ${list(next)}); ` +
    `${separatePerSecond.toFixed(0)} calls/s with 叫号 then 办结 (rounds ${list(separate)}); ` +
    `pgbench simple-update: ${baselineTps.toFixed(0)} tps (rounds ${list(tps)})`,
);
console.log(
  JSON.stringify({
    bench: 'queue-calls',
    calls_per_s: Math.round(callsPerSecond),
    flow: 'finish-and-call-next',
    separate_calls_per_s: Math.round(separatePerSecond),
    baseline: 'pgbench simple-update',
    baseline_tps: Math.round(baselineTps),
    ratio: Number((callsPerSecond / baselineTps).toFixed(3)),
    separate_ratio: Number((separatePerSecond / baselineTps).toFixed(3)),
    round_ratios: next.map((c, i) => Number((c / tps[i]!).toFixed(3))),
  }),
);
