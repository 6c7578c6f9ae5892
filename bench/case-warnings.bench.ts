// The case-warning-levels job on PostgreSQL with one million open cases (issue #17: every case
// recomputed in ≤ 60 s). The cases are made inside the bench by one bulk INSERT … SELECT over
// generate_series, copying a real accepted case (so every foreign key holds) and spreading
// centers, due dates (20 days back to 60 ahead) and a few open pauses. Baseline in the same
// run: a plain full-table pass `UPDATE case_record SET row_version = row_version`.
// Figures: the first run (every level set from nothing), the next day's run (only changed
// levels written) and a same-day rerun (nothing to write).
//
// Run: node --import tsx bench/case-warnings.bench.ts [cases]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; a scratch database is
// created and dropped. The last line is JSON.
import { sql, type SQL } from 'drizzle-orm';
import { addDays } from '../src/domain/calendar/index.ts';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { actOnCase, intake, recomputeWarningLevels } from '../src/server/modules/case/index.ts';
import { chinaToday, ensureCalendarSeeded } from '../src/server/modules/calendar/index.ts';
import { importHolidayCn } from '../src/server/modules/calendar/calendar.service.ts';
import { resolveActor } from '../src/server/modules/org/index.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import type { Db } from '../src/server/platform/db/types.ts';
import { seedDemo } from '../src/server/seed/seed.ts';
import { scratchPostgres } from '../test/fixtures/load-hall.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CASES = Number(process.argv[2] ?? 1_000_000);

async function q<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const t0 = performance.now();
  const result = await work();
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${label}: ${seconds.toFixed(2)} s`);
  return { seconds, result };
}

/** One real accepted case whose row the bulk insert copies. */
async function templateCase(db: Db): Promise<string> {
  const [admin] = await q<{ user_id: string }>(db, sql`SELECT user_id FROM staff WHERE username = 'clerk'`);
  const actor = (await resolveActor(db, admin!.user_id))!;
  const [center] = await q<{ id: string }>(db, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
  const [item] = await q<{ id: string; version_id: string }>(
    db,
    sql`SELECT i.id, v.id AS version_id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id JOIN center c ON c.id = i.center_id
        WHERE c.code = 'XY-COUNTY' AND v.case_type <> 'instant' LIMIT 1`,
  );
  const mats = await q<{ id: string; originals: number; copies: number }>(db, sql`SELECT id, originals, copies FROM catalog_material WHERE version_id = ${item!.version_id}`);
  const first17 = '61042919700101001';
  const idCard = first17 + idCardCheckChar(first17);
  const app = await intake(db, { actor, ip: '127.0.0.1' }, {
    centerId: center!.id,
    applicant: { kind: 'person', idType: '111', idNumber: idCard, name: '压测', phone: '13900000000' },
    channel: 'window',
    serviceMode: 'standard',
    sharedFields: {},
    items: [{ itemId: item!.id, formData: {}, checklist: mats.map((m) => ({ materialId: m.id, status: 'received' as const, originals: m.originals, copies: m.copies })) }],
    idempotencyKey: 'bench-warnings-template',
  });
  const id = app.cases[0]!.id;
  await actOnCase(db, { actor, ip: '127.0.0.1' }, id, 'intake.accept', {}, 'bench-warnings-accept', { publicUrl: 'https://zwfw.example.gov.cn' });
  return id;
}

/** CASES open cases in one statement: centers round-robin, due dates spread over 80 days, 1 in 50 paused. */
async function bulkInsert(db: Db, template: string, today: string): Promise<void> {
  await db.execute(sql`
    WITH centers AS (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM center)
    INSERT INTO case_record (id, number, application_id, center_id, center_path, department_id, department_name, item_id, version_id,
      item_name, item_code, case_type, state, paused, applicant_id, applicant_name, applicant_id_type, applicant_id_number,
      applicant_phone, channel, service_mode, form_data, received_by, received_at, accepted_at, accepted_on, promised_due, legal_due)
    SELECT 'bench' || lpad(g::text, 8, '0'), 'BENCH-' || g, t.application_id, c.id, c.path, t.department_id, t.department_name, t.item_id, t.version_id,
      t.item_name, t.item_code, t.case_type, CASE WHEN g % 3 = 0 THEN 'in_review' ELSE 'accepted' END, g % 50 = 0, t.applicant_id, t.applicant_name,
      t.applicant_id_type, t.applicant_id_number, t.applicant_phone, t.channel, t.service_mode, t.form_data, t.received_by, t.received_at, t.accepted_at,
      t.accepted_on,
      CASE WHEN g % 50 = 0 THEN NULL ELSE ${today}::date + (g % 80 - 20) END,
      CASE WHEN g % 50 = 0 THEN NULL ELSE ${today}::date + (g % 80 - 20) + (g % 7) END
    FROM generate_series(1, ${CASES}) g
    JOIN case_record t ON t.id = ${template}
    JOIN centers c ON c.k = g % c.n`);
}

async function main() {
  const scratch = await scratchPostgres(URL_, 4);
  const db = scratch.database.db;
  const now = new Date();
  const today = chinaToday(now);
  const figures: Record<string, number> = {};
  try {
    await migrateDatabase(scratch.database);
    await seedDemo(db, { forcePasswordChange: false });
    const seeded = await ensureCalendarSeeded(db);
    const year = Number(today.slice(0, 4)) + 1;
    const [admin] = await q<{ user_id: string }>(db, sql`SELECT user_id FROM staff WHERE username = 'manager'`);
    const manager = (await resolveActor(db, admin!.user_id))!;
    if (!seeded.includes(year)) await importHolidayCn(db, { actor: manager, ip: '127.0.0.1' }, { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] });
    const template = await templateCase(db);
    const centers = await q<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM center`);
    figures.insertSeconds = (await timed(`bulk insert of ${CASES} open cases over ${centers[0]!.n} centers`, () => bulkInsert(db, template, today))).seconds;
    await timed('vacuum analyze', () => scratch.database.exec('VACUUM ANALYZE case_record'));

    figures.baselineSeconds = (await timed('baseline: UPDATE case_record SET row_version = row_version (full pass)', () => db.execute(sql`UPDATE case_record SET row_version = row_version`))).seconds;
    await scratch.database.exec('VACUUM case_record');

    const first = await timed('job, first run (every level set)', () => recomputeWarningLevels(db, now));
    figures.firstRunSeconds = first.seconds;
    figures.firstRunChanged = first.result.changed;
    await scratch.database.exec('VACUUM case_record');
    const next = await timed('job, next day (changed levels only)', () => recomputeWarningLevels(db, new Date(now.getTime() + 86_400_000)));
    figures.nextDaySeconds = next.seconds;
    figures.nextDayChanged = next.result.changed;
    const again = await timed('job, same day again (nothing to write)', () => recomputeWarningLevels(db, new Date(now.getTime() + 86_400_000)));
    figures.rerunSeconds = again.seconds;

    const counts = await q<{ warning_level: string; n: number }>(db, sql`SELECT warning_level, count(*)::int AS n FROM case_record GROUP BY 1 ORDER BY 1`);
    console.log(`levels on ${addDays(today, 1)}: ${counts.map((c) => `${c.warning_level ?? 'none'} ${c.n}`).join(', ')}`);
    const t0 = performance.now();
    const [center] = await q<{ id: string }>(db, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`);
    await q(db, sql`SELECT count(*) FROM case_record WHERE center_id = ${center!.id} AND warning_level = 'overdue'`);
    figures.countByLevelMs = performance.now() - t0;
    console.log(`one center's overdue count through the level index: ${figures.countByLevelMs.toFixed(1)} ms`);
  } finally {
    await scratch.drop();
  }
  const ratio = figures.firstRunSeconds! / figures.baselineSeconds!;
  console.log(`first run ${figures.firstRunSeconds!.toFixed(2)} s vs baseline ${figures.baselineSeconds!.toFixed(2)} s: ratio ${ratio.toFixed(2)}× (goal: ≤ 60 s)`);
  console.log(JSON.stringify({ bench: 'case-warnings', cases: CASES, ...figures, ratio }));
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
