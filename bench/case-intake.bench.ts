// Intakes per second of the case core on PostgreSQL: 50 clients in parallel, each looping one
// application of two items with all materials received (applicant upsert, two numbered
// cases, checklist lines, history, audit) and then 受理 of both through the one write path
// (lock, numbered notice fixed at issue, due dates, action, projection, audit, SMS outbox).
// Baseline in the same run: pgbench's TPC-B-like script (`pgbench -c 50`) on a scratch
// database of the same server. Compare the ratio (goal ≥ 0.25×) and p99 (goal ≤ 100 ms).
//
// Run: node --import tsx bench/case-intake.bench.ts [seconds]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; scratch databases are
// created and dropped. The last line is JSON.
import { execFileSync } from 'node:child_process';
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

async function main() {
  let figures: { casesPerSecond: number; p50: number; p99: number; applications: number; cpuMsPerApplication: number } | undefined;
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

    const latencies: number[] = [];
    let seq = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();
    const cpu0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < deadline) {
          const k = ++seq;
          const t0 = performance.now();
          const app = await intake(db, { actor, ip: '127.0.0.1' }, {
            centerId: center!.id,
            applicant: { kind: 'person', idType: '111', idNumber: idCard(k), name: `压测${k}`, phone: '13900000000' },
            channel: 'window',
            serviceMode: 'standard',
            sharedFields: {},
            items: items.map((i) => ({ itemId: i.id, formData: {}, checklist: checklist(i.version_id) })),
            idempotencyKey: `bench-${k}-intake`,
          });
          for (const c of app.cases) await actOnCase(db, { actor, ip: '127.0.0.1' }, c.id, 'intake.accept', {}, `bench-${k}-${c.id}`, { publicUrl: 'https://zwfw.example.gov.cn' });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cases = latencies.length * 2;
    const casesPerSecond = cases / elapsed;
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? 0;
    // This process's CPU per application (drizzle, the domain, node-postgres): the share of the
    // 2 cores the database does not get.
    const cpuMsPerApplication = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
    figures = { casesPerSecond, p50, p99, applications: latencies.length, cpuMsPerApplication };
  } finally {
    await scratch.drop();
  }
  // pgbench runs after our pool is closed, so both sides get the server's connections.
  const { casesPerSecond, p50, p99, applications, cpuMsPerApplication } = figures!;
    const base = await scratchPostgres(URL_, 1);
    await base.database.close();
    const tps = pgbenchTps(base.url, SECONDS);
    await base.drop().catch(() => {});
    const ratio = casesPerSecond / tps;
    console.log(`case intake: ${casesPerSecond.toFixed(1)} cases/s (${applications} applications of 2 items, accepted), p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms per application; ${cpuMsPerApplication.toFixed(1)} ms of this process's CPU per application`);
    console.log(`pgbench TPC-B-like -c ${CLIENTS}: ${tps.toFixed(0)} tps; ratio ${ratio.toFixed(2)}× (goal ≥ 0.25×), p99 goal ≤ 100 ms`);
    console.log(JSON.stringify({ bench: 'case-intake', clients: CLIENTS, pool: POOL, seconds: SECONDS, cpuMsPerApplication, casesPerSecond, p50Ms: p50, p99Ms: p99, pgbenchTps: tps, ratio }));
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
