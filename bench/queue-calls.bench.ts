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
import { prepareLoadHall, scratchPostgres, type LoadHall } from '../src/server/modules/queue/queue.load-fixture.ts';
import { callNext, finish } from '../src/server/modules/queue/index.ts';
import type { Db } from '../src/server/platform/db/types.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.argv[2] ?? 6);
const ROUNDS = Number(process.argv[3] ?? 3);
const WINDOWS = 20;
const TICKETS = 120_000;

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

async function measureCalls(db: Db, hall: LoadHall, seconds: number) {
  const stopAt = Date.now() + seconds * 1000;
  let calls = 0;
  const window = async (windowId: string) => {
    while (Date.now() < stopAt) {
      const r = await callNext(db, hall.who, windowId);
      if (!r.ticket) throw new Error('bench ran out of tickets: raise TICKETS');
      calls++;
      await finish(db, hall.who, windowId, []);
    }
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

// The two alternate, ROUNDS times each, so a checkpoint or a neighbour's burst on this shared
// machine falls on both sides; the medians are reported.
const scratch = await scratchPostgres(URL_, WINDOWS + 2);
const bench = await scratchDatabase(URL_);
const calls: number[] = [];
const tps: number[] = [];
try {
  const hall = await prepareLoadHall(scratch.database, WINDOWS);
  await prefill(scratch.database.db, hall, TICKETS);
  pgbenchInit(bench.url);
  await measureCalls(scratch.database.db, hall, 2); // warm-up: JIT, pool connections, plans
  for (let round = 0; round < ROUNDS; round++) {
    calls.push(await measureCalls(scratch.database.db, hall, SECONDS));
    tps.push(pgbenchTps(bench.url, SECONDS));
  }
} finally {
  await scratch.drop();
  await bench.drop();
}
const callsPerSecond = median(calls);
const baselineTps = median(tps);
const ratios = calls.map((c, i) => c / tps[i]!);

console.log(
  `queue calls: ${callsPerSecond.toFixed(0)} calls/s (call-next + finish, ${WINDOWS} windows; rounds ${calls.map((c) => c.toFixed(0)).join(', ')}); ` +
    `pgbench simple-update: ${baselineTps.toFixed(0)} tps (rounds ${tps.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  JSON.stringify({
    bench: 'queue-calls',
    calls_per_s: Math.round(callsPerSecond),
    baseline: 'pgbench simple-update',
    baseline_tps: Math.round(baselineTps),
    ratio: Number((callsPerSecond / baselineTps).toFixed(3)),
    round_ratios: ratios.map((r) => Number(r.toFixed(3))),
  }),
);
