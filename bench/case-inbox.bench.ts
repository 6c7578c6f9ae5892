// A department's inbox with 10,000 open tasks over a million cases (issue #17: p95 ≤ 50 ms):
// the department's first page, "mine", the overdue and due-soon filters, one step's tasks and
// the page after a cursor, each a whole GET /api/v1/tasks through Fastify's inject signed in as
// the county's approver (session check, scope, page query, counts, step names, response
// schema). Baseline in the same run: a primary-key lookup `SELECT 1 FROM case_task WHERE id = $1`
// over the same pool.
//
// Run: node --import tsx bench/case-inbox.bench.ts [cases=1000000] [tasks=10000] [requests=300]
// The cases live in the kept database the search bench uses (BENCH_DB, default
// ow_bench_case_search; see bench/support/cases-at-scale.ts); the tasks are topped up to the
// count in the approver's department by one INSERT … SELECT over the center's cases without an
// open task (three step names, due dates spread over 30 days, one in ten claimed by the
// approver). The last line is JSON.
import { sql } from 'drizzle-orm';
import { chinaToday } from '../src/server/modules/calendar/index.ts';
import { casesAtScale, pct, q } from './support/cases-at-scale.ts';

const NAME = process.env.BENCH_DB ?? 'ow_bench_case_search';
const CASES = Number(process.argv[2] ?? 1_000_000);
const TASKS = Number(process.argv[3] ?? 10_000);
const REQUESTS = Number(process.argv[4] ?? 300);
const ROUNDS = 3;

const scale = await casesAtScale(NAME, CASES);
const { db } = scale;
try {
  const [approver] = await q<{ id: string; department_id: string; center_id: string }>(db, sql`SELECT id, department_id, center_id FROM staff WHERE username = 'approver'`);
  const open = async () =>
    (await q<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM case_task WHERE department_id = ${approver!.department_id} AND status = 'open'`))[0]!.n;
  const today = chinaToday(new Date());
  const short = TASKS - (await open());
  if (short > 0) {
    const t0 = performance.now();
    await db.execute(sql`
      INSERT INTO case_task (id, case_id, center_id, center_path, department_id, step_index, step_name, post, assignee_id, assignee_name, claimed_at, status, due_on, opened_at)
      SELECT gen_random_uuid()::text, r.id, r.center_id, r.center_path, ${approver!.department_id}, k % 3, (ARRAY['承办','审核','批准'])[k % 3 + 1], (ARRAY['承办','审核','批准'])[k % 3 + 1],
        CASE WHEN k % 10 = 0 THEN ${approver!.id} END, CASE WHEN k % 10 = 0 THEN '赵建国' END, CASE WHEN k % 10 = 0 THEN now() END,
        'open', ${today}::date + (k % 30 - 10)::int, now()
      FROM (SELECT r.*, row_number() OVER (ORDER BY r.id) AS k FROM case_record r
            WHERE r.center_id = ${approver!.center_id} AND NOT EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = r.id AND t.status = 'open')
            LIMIT ${short}) r`);
    await scale.database.exec('VACUUM ANALYZE case_task');
    console.log(`${short} open tasks added in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const openTasks = await open();
  const cookie = await scale.signIn('approver');
  const taskIds = (await q<{ id: string }>(db, sql`SELECT id FROM case_task WHERE department_id = ${approver!.department_id} AND status = 'open' ORDER BY random() LIMIT 100`)).map((r) => r.id);
  const first = (await scale.getAs(cookie, '/api/v1/tasks')).body as { next: string | null };
  const get = async (url: string) => (await scale.getAs(cookie, url)).ms;
  const kinds: Record<string, (i: number) => Promise<number>> = {
    "department's first page": () => get('/api/v1/tasks'),
    mine: () => get('/api/v1/tasks?view=mine'),
    overdue: () => get('/api/v1/tasks?due=overdue'),
    'due soon': () => get('/api/v1/tasks?due=soon'),
    'one step': (i) => get(`/api/v1/tasks?step=${encodeURIComponent(['承办', '审核', '批准'][i % 3]!)}`),
    'next page (cursor)': () => get(`/api/v1/tasks?after=${encodeURIComponent(first.next ?? '')}`),
    'baseline: primary-key lookup': async (i) => {
      const t0 = performance.now();
      await db.execute(sql`SELECT 1 FROM case_task WHERE id = ${taskIds[i % taskIds.length]!}`);
      return performance.now() - t0;
    },
  };
  const times = new Map(Object.keys(kinds).map((k) => [k, [] as number[]]));
  for (const [, run] of Object.entries(kinds)) for (let i = 0; i < 20; i++) await run(i); // warm up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [kind, run] of Object.entries(kinds)) {
      for (let i = 0; i < REQUESTS / ROUNDS; i++) times.get(kind)!.push(await run(r * REQUESTS + i));
    }
  }
  const base = times.get('baseline: primary-key lookup')!;
  const figures: Record<string, { p50: number; p95: number; p99: number; ratioP95: number }> = {};
  console.log(`${scale.total.toLocaleString('en')} cases, ${openTasks.toLocaleString('en')} open tasks in the approver's department; ${REQUESTS} requests each, ${ROUNDS} rounds`);
  for (const [kind, xs] of times) {
    const f = { p50: pct(xs, 0.5), p95: pct(xs, 0.95), p99: pct(xs, 0.99), ratioP95: pct(xs, 0.95) / pct(base, 0.95) };
    figures[kind] = f;
    const goal = kind.startsWith('baseline') ? '' : f.p95 <= 50 ? '  (goal p95 ≤ 50 ms: met)' : '  (goal p95 ≤ 50 ms: NOT met)';
    console.log(`${kind.padEnd(30)} p50 ${f.p50.toFixed(2).padStart(7)} ms  p95 ${f.p95.toFixed(2).padStart(7)} ms  p99 ${f.p99.toFixed(2).padStart(7)} ms  p95 ${f.ratioP95.toFixed(1)}× baseline${goal}`);
  }
  console.log(JSON.stringify({ bench: 'case-inbox', cases: scale.total, openTasks, requests: REQUESTS, figures }));
} finally {
  await scale.close();
}
