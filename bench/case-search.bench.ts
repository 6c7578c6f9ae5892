// The case lists at a million cases (issue #16: p95 ≤ 50 ms): search by case number, by
// applicant name, by ID number, and the window's list of today, each a whole
// GET /api/v1/cases through Fastify's inject signed in as the county's clerk (session check,
// scope, list query and count, masking, response schema). Baseline in the same run: a
// primary-key lookup `SELECT 1 FROM case_record WHERE id = $1` over the same pool.
//
// Run: node --import tsx bench/case-search.bench.ts [cases=1000000] [requests=300]
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test. The cases live in a kept
// database (BENCH_DB, default ow_bench_case_search): created and seeded (`seed-cases`, decision
// 0027) on the first run, topped up to the count when short (the seed ends with VACUUM ANALYZE),
// reused as is afterwards, so only the first run pays the seeding. BENCH_FRESH=1 drops it first. The last line is JSON.
import { sql } from 'drizzle-orm';
import { casesAtScale, pct, q } from './support/cases-at-scale.ts';

const NAME = process.env.BENCH_DB ?? 'ow_bench_case_search';
const CASES = Number(process.argv[2] ?? 1_000_000);
const REQUESTS = Number(process.argv[3] ?? 300);
const ROUNDS = 3;

const scale = await casesAtScale(NAME, CASES);
const { db, total } = scale;
try {
  const cookie = await scale.signIn('clerk');
  // What clerks look for: random stored cases, so common names come up as often as they are common.
  const sample = await q<{ id: string; number: string; applicant_name: string; applicant_id_number: string }>(
    db,
    sql`SELECT id, number, applicant_name, applicant_id_number FROM case_record TABLESAMPLE SYSTEM (1) ORDER BY random() LIMIT ${REQUESTS}`,
  );
  const [today] = await q<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM case_record r JOIN staff s ON s.username = 'clerk' AND r.center_id = s.center_id
    WHERE r.received_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'`);
  const pick = (i: number) => sample[i % sample.length]!;
  const get = (url: string) => scale.getAs(cookie, url);
  const kinds: Record<string, (i: number) => Promise<number>> = {
    'search by case number': async (i) => (await get(`/api/v1/cases?view=search&q=${encodeURIComponent(pick(i).number)}`)).ms,
    'search by applicant name': async (i) => (await get(`/api/v1/cases?view=search&q=${encodeURIComponent(pick(i).applicant_name)}`)).ms,
    'search by ID number': async (i) => (await get(`/api/v1/cases?view=search&q=${pick(i).applicant_id_number}`)).ms,
    "window's list of today": async (i) => (await get(`/api/v1/cases?view=window_today&page=${1 + (i % 3)}`)).ms,
    'baseline: primary-key lookup': async (i) => {
      const t0 = performance.now();
      await db.execute(sql`SELECT 1 FROM case_record WHERE id = ${pick(i).id}`);
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
  console.log(`${total.toLocaleString('en')} cases, ${today!.n} received today at the clerk's center; ${REQUESTS} requests each, ${ROUNDS} rounds`);
  for (const [kind, xs] of times) {
    const f = { p50: pct(xs, 0.5), p95: pct(xs, 0.95), p99: pct(xs, 0.99), ratioP95: pct(xs, 0.95) / pct(base, 0.95) };
    figures[kind] = f;
    console.log(`${kind.padEnd(30)} p50 ${f.p50.toFixed(2).padStart(7)} ms  p95 ${f.p95.toFixed(2).padStart(7)} ms  p99 ${f.p99.toFixed(2).padStart(7)} ms  p95 ${f.ratioP95.toFixed(1)}× baseline${kind.startsWith('baseline') ? '' : f.p95 <= 50 ? '  (goal p95 ≤ 50 ms: met)' : '  (goal p95 ≤ 50 ms: NOT met)'}`);
  }
  console.log(JSON.stringify({ bench: 'case-search', cases: total, today: today!.n, requests: REQUESTS, figures }));
} finally {
  await scale.close();
}
