// Intakes per second of the case core on PostgreSQL: 50 clients in parallel, each looping one
// application of two items with all materials received (applicant upsert, two numbered
// cases, checklist lines, history, audit) and then 受理 of both through the one write path
// (lock, numbered notice fixed at issue, due dates, action, projection, audit, SMS outbox), in
// one call: intake with `accept` (decision 0054; BENCH_SEPARATE=1 for the three-transaction flow).
// Baseline in the same run: pgbench's TPC-B-like script (`pgbench -c 50`) on a scratch
// database of the same server, run first. Two phases (decision 0053):
// - closed loop: 50 clients back to back, the most this write path does; compare its cases/s
//   with pgbench (goal ≥ 0.25×). Its latency is mostly queueing: by Little's law 50 clients
//   at p99 ≤ 100 ms would need ≥ 500 applications/s.
// - open loop: applications arrive at the goal rate (0.25 × pgbench tps cases/s, half that in
//   applications/s, evenly spaced), at most 50 in flight (an arrival finding 50 in flight
//   waits for a free one); latency is counted from the arrival, waiting included. Compare its
//   p99 with the goal (≤ 100 ms) and check it kept up with the rate.
//
// Run: node --import tsx bench/case-intake.bench.ts [seconds]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; scratch databases are
// created and dropped. BENCH_POOL: the pool's connections (DB_POOL_SIZE's default, 10).
// The last line is JSON.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { sql } from 'drizzle-orm';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { actOnCase, intake } from '../src/server/modules/case/index.ts';
import { resolveActor } from '../src/server/modules/org/index.ts';
import { scratchPostgres } from '../test/fixtures/load-hall.ts';
import { ensureCalendarSeeded } from '../src/server/modules/calendar/index.ts';
import { importHolidayCn } from '../src/server/modules/calendar/calendar.service.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import type { Db } from '../src/server/platform/db/types.ts';
import { seedDemo } from '../src/server/seed/seed.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
// Connections of the server's pool (the clients share them, as HTTP requests do): fewer than
// the clients keeps the waiting in this process's pool queue instead of on the counter rows.
const POOL = Number(process.env.BENCH_POOL ?? 10);
const SEPARATE = process.env.BENCH_SEPARATE === '1';
// BENCH_CPU_PROFILE=file.cpuprofile: a CPU profile of the closed loop only (not pgbench, the seed or the warm-up).
const PROFILE = process.env.BENCH_CPU_PROFILE;

async function profiled<T>(work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(PROFILE, JSON.stringify(profile));
    session.disconnect();
  }
}

async function q<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

function pgbenchTps(url: string, seconds: number): number {
  const u = new URL(url);
  const env = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGUSER: decodeURIComponent(u.username), PGPASSWORD: decodeURIComponent(u.password) };
  const db = u.pathname.slice(1);
  execFileSync('pgbench', ['-i', '-q', db], { env, stdio: 'pipe' });
  const out = execFileSync('pgbench', ['-c', String(CLIENTS), '-j', '2', '-T', String(seconds), db], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const m = /tps = ([\d.]+)/.exec(out);
  if (!m) throw new Error(`cannot read pgbench output:\n${out}`);
  return Number(m[1]);
}

function idCard(n: number): string {
  const first17 = `61042919${String(700101 + (n % 28)).padStart(6, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

interface Phase {
  applications: number;
  seconds: number;
  casesPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMsPerApplication: number;
}

function phaseOf(latencies: number[], seconds: number, cpu: NodeJS.CpuUsage): Phase {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  // This process's CPU per application (drizzle, the domain, node-postgres): the share of the 2 cores the database does not get.
  const cpuMsPerApplication = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
  return { applications: latencies.length, seconds, casesPerSecond: (latencies.length * 2) / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), cpuMsPerApplication };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  // pgbench first, on its own scratch database, while nothing else of this run holds connections.
  const base = await scratchPostgres(URL_, 1);
  await base.database.close();
  const tps = pgbenchTps(base.url, SECONDS);
  await base.drop().catch(() => {});
  const goalCasesPerSecond = 0.25 * tps;

  let closed: Phase | undefined;
  let open: (Phase & { rate: number; waited: number }) | undefined;
  const scratch = await scratchPostgres(URL_, POOL);
  const db = scratch.database.db;
  try {
    await migrateDatabase(scratch.database);
    await seedDemo(db, { forcePasswordChange: false });
    const seeded = await ensureCalendarSeeded(db);
    const year = new Date().getUTCFullYear() + 1;
    const [admin] = await q<{ user_id: string }>(db, sql`SELECT user_id FROM staff WHERE username = 'manager'`);
    const manager = (await resolveActor(db, admin!.user_id))!;
    if (!seeded.includes(year)) await importHolidayCn(db, { actor: manager, ip: '127.0.0.1' }, { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] });
    const [clerkRow] = await q<{ user_id: string }>(db, sql`SELECT user_id FROM staff WHERE username = 'clerk'`);
    const actor = (await resolveActor(db, clerkRow!.user_id))!;
    const [center] = await q<{ id: string }>(db, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
    const items = await q<{ id: string; version_id: string; n: number }>(
      db,
      sql`SELECT i.id, v.id AS version_id, (SELECT count(*)::int FROM catalog_material m WHERE m.version_id = v.id) AS n
          FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id JOIN center c ON c.id = i.center_id
          WHERE c.code = 'XY-COUNTY' AND v.case_type <> 'instant' ORDER BY n DESC LIMIT 2`,
    );
    const mats = await q<{ version_id: string; id: string; originals: number; copies: number }>(db, sql`SELECT version_id, id, originals, copies FROM catalog_material`);
    const checklist = (versionId: string) => mats.filter((m) => m.version_id === versionId).map((m) => ({ materialId: m.id, status: 'received' as const, originals: m.originals, copies: m.copies }));
    console.log(`items: ${items.map((i) => i.n).join(' + ')} materials`);

    let seq = 0;
    const publicUrl = 'https://zwfw.example.gov.cn';
    /**
     * One application: intake of two items with 受理 of both in the same call (收件并受理,
     * decision 0054: one transaction, every number drawn by its last statement). BENCH_SEPARATE=1:
     * the separate flow instead (intake, then 受理 of each case through actOnCase: three transactions).
     */
    const apply = async () => {
      const k = ++seq;
      const app = await intake(db, { actor, ip: '127.0.0.1' }, {
        centerId: center!.id,
        applicant: { kind: 'person', idType: '111', idNumber: idCard(k), name: `压测${k}`, phone: '13900000000' },
        channel: 'window',
        serviceMode: 'standard',
        sharedFields: {},
        items: items.map((i) => ({ itemId: i.id, formData: {}, checklist: checklist(i.version_id) })),
        idempotencyKey: `bench-${k}-intake`,
        accept: !SEPARATE,
      }, new Date(), { publicUrl });
      if (SEPARATE) for (const c of app.cases) await actOnCase(db, { actor, ip: '127.0.0.1' }, c.id, 'intake.accept', {}, `bench-${k}-${c.id}`, { publicUrl });
    };

    // Warm-up (not counted): the JIT, the caches of pinned versions and places, each connection's prepared statements.
    {
      const until = Date.now() + Math.min(3, SECONDS / 3) * 1000;
      await Promise.all(Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < until) await apply();
      }));
    }

    // Statistics as autovacuum keeps them on a server that has been running: this scratch
    // database is younger than autovacuum's first round (a minute), and plans made on its empty
    // tables (a scan of a table of a few rows is cheaper than its index) would be kept by each
    // connection's prepared statements for the whole run (decision 0057).
    await db.execute(sql`ANALYZE`);

    // Closed loop: 50 clients back to back.
    {
      const latencies: number[] = [];
      const deadline = Date.now() + SECONDS * 1000;
      const started = performance.now();
      const cpu0 = process.cpuUsage();
      await profiled(() =>
        Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            while (Date.now() < deadline) {
              const t0 = performance.now();
              await apply();
              latencies.push(performance.now() - t0);
            }
          }),
        ),
      );
      closed = phaseOf(latencies, (performance.now() - started) / 1000, process.cpuUsage(cpu0));
    }

    // Open loop at the goal rate: evenly spaced arrivals, at most CLIENTS in flight.
    {
      const rate = goalCasesPerSecond / 2; // applications per second
      const latencies: number[] = [];
      const started = performance.now();
      const cpu0 = process.cpuUsage();
      const arrivals = Math.max(1, Math.floor(rate * SECONDS));
      let inFlight = 0;
      let waited = 0;
      const slotFreed: (() => void)[] = [];
      const runs: Promise<void>[] = [];
      for (let i = 0; i < arrivals; i++) {
        const arrival = started + (i * 1000) / rate;
        const delay = arrival - performance.now();
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        if (inFlight >= CLIENTS) {
          waited++;
          await new Promise<void>((r) => slotFreed.push(r));
        }
        inFlight++;
        runs.push(
          apply().then(() => {
            latencies.push(performance.now() - arrival);
            inFlight--;
            slotFreed.shift()?.();
          }),
        );
      }
      await Promise.all(runs);
      open = { ...phaseOf(latencies, (performance.now() - started) / 1000, process.cpuUsage(cpu0)), rate, waited };
    }
  } finally {
    await scratch.drop();
  }
  const ratio = closed!.casesPerSecond / tps;
  const openRatio = open!.casesPerSecond / tps;
  console.log(`pgbench TPC-B-like -c ${CLIENTS}: ${tps.toFixed(0)} tps; goal ${goalCasesPerSecond.toFixed(1)} cases/s (0.25×) with p99 ≤ 100 ms`);
  console.log(
    `closed loop (${CLIENTS} clients, pool ${POOL}): ${closed!.casesPerSecond.toFixed(1)} cases/s (${closed!.applications} applications of 2 items, accepted) = ${ratio.toFixed(3)}× pgbench; p50 ${ms(closed!.p50)}, p95 ${ms(closed!.p95)}, p99 ${ms(closed!.p99)} per application; ${closed!.cpuMsPerApplication.toFixed(1)} ms of this process's CPU per application`,
  );
  console.log(
    `open loop at the goal rate (${open!.rate.toFixed(1)} applications/s arriving, ≤ ${CLIENTS} in flight): ${open!.casesPerSecond.toFixed(1)} cases/s done = ${openRatio.toFixed(3)}× pgbench; p50 ${ms(open!.p50)}, p95 ${ms(open!.p95)}, p99 ${ms(open!.p99)} from arrival; ${open!.waited} arrivals waited for a free client; ${open!.cpuMsPerApplication.toFixed(1)} ms CPU per application`,
  );
  console.log(
    JSON.stringify({
      bench: 'case-intake',
      flow: SEPARATE ? 'separate' : 'intake+accept',
      clients: CLIENTS,
      pool: POOL,
      seconds: SECONDS,
      pgbenchTps: tps,
      cpuMsPerApplication: closed!.cpuMsPerApplication,
      casesPerSecond: closed!.casesPerSecond,
      p50Ms: closed!.p50,
      p99Ms: closed!.p99,
      ratio,
      open: { applicationsPerSecond: open!.rate, casesPerSecond: open!.casesPerSecond, p50Ms: open!.p50, p95Ms: open!.p95, p99Ms: open!.p99, waited: open!.waited, cpuMsPerApplication: open!.cpuMsPerApplication },
    }),
  );
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
