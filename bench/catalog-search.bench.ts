// Portal catalog search over 5,000 published items: the real query function (listPublished:
// filters, ranking, page and total) against an in-memory Array.filter over the same items.
// Run: node --import tsx bench/catalog-search.bench.ts [items] [searches]
// Uses an in-memory PGlite, or a scratch database created on DATABASE_URL (dropped after).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { audiences, type Guide } from '../src/domain/catalog/index.ts';
import { listPublished } from '../src/server/modules/catalog/catalog.queries.ts';
import { catalogItems, catalogMaterials, catalogVersions } from '../src/server/modules/catalog/catalog.schema.ts';
import type { PortalSearch } from '../src/server/modules/catalog/catalog.types.ts';
import { centers, departments } from '../src/server/modules/org/org.schema.ts';
import { openDatabase } from '../src/server/platform/db/connect.ts';
import { migrateDatabase } from '../src/server/platform/db/migrate.ts';
import { newId } from '../src/server/platform/ids.ts';
import { expandDemoCatalog } from '../src/server/seed/catalog/index.ts';
import { seedDemo } from '../src/server/seed/seed.ts';

const ITEMS = Number(process.argv[2] ?? 5000);
const SEARCHES = Number(process.argv[3] ?? 500);
const PAGE_SIZE = 20;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260501);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

async function scratchDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: await openDatabase({}), drop: async () => {} };
  const name = `ow_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  return { database: await openDatabase({ databaseUrl: u.toString(), poolSize: 4 }), drop };
}

// Search words people type (two-word ones too), and the words that vary the generated items.
const split = (s: string) => s.split('|');
const qualifiers = split('|||城区|东片区|西片区|试点|农村|城镇|企业|个人|跨省|年度|线上|延续');
const extraWords = split('便民|一网通办|惠民|证明|补办|变更|备案|审核|申报|服务|资格|联办');
const queries = split(
  '低保|补贴|登记|许可|身份证|不动产|婚姻|残疾|养老|营业执照|救助|户口|证明|食品|医疗|教师|退役军人|补办 登记|城区 补贴|农村 宅基地',
);

type Row = { name: string; subItemName: string | null; keywords: string[]; basicCode: string; implementationCode: string | null } & Pick<
  Guide,
  'themes' | 'serviceObjects' | 'departmentId' | 'leadDepartmentId' | 'jointDepartments' | 'caseType'
>;

const { database, drop } = await scratchDatabase();
const db = database.db;
await migrateDatabase(database);
await seedDemo(db, { forcePasswordChange: false });
const county = (await db.select().from(centers).where(eq(centers.code, 'XY-COUNTY')))[0]!;
const deps = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.centerId, county.id));
const demo = expandDemoCatalog(new Map(deps.map((d) => [d.name, d.id])));

// The catalog: the 53 seeded demo items plus demo guides with varied names, keywords and
// codes, all published, ITEMS in all.
const rows: Row[] = demo.map((d) => ({ ...d.guide, basicCode: d.basicCode }));
const t0 = performance.now();
await db.transaction(async (tx) => {
  const now = new Date();
  let items: (typeof catalogItems.$inferInsert)[] = [];
  let versions: (typeof catalogVersions.$inferInsert)[] = [];
  let materials: (typeof catalogMaterials.$inferInsert)[] = [];
  const flush = async () => {
    if (items.length) await tx.insert(catalogItems).values(items);
    if (versions.length) await tx.insert(catalogVersions).values(versions);
    for (let i = 0; i < materials.length; i += 1000) await tx.insert(catalogMaterials).values(materials.slice(i, i + 1000));
    [items, versions, materials] = [[], [], []];
  };
  for (let n = demo.length; n < ITEMS; n++) {
    const d = demo[n % demo.length]!;
    const q = pick(qualifiers);
    const name = rand() < 0.5 ? `${q}${d.guide.name}` : `${d.guide.name}${q ? `（${q}）` : ''}`;
    const keywords = [...d.guide.keywords, pick(extraWords), pick(extraWords)].filter((k, i, a) => a.indexOf(k) === i);
    const basicCode = `${d.guide.itemType}B${String(n).padStart(9, '0')}`;
    const [itemId, versionId] = [newId(), newId()];
    items.push({ id: itemId, centerId: county.id, basicCode, currentVersionId: versionId });
    const published = { state: 'published', validFrom: now, publishedAt: now } as const;
    versions.push({ ...d.guide, name, keywords, id: versionId, itemId, versionNo: 1, ...published });
    d.materials.forEach((m, i) => materials.push({ ...m, id: newId(), versionId, seq: i + 1 }));
    rows.push({ ...d.guide, name, keywords, basicCode });
    if (items.length === 500) await flush();
  }
  await flush();
});
await database.exec('ANALYZE');
const loadMs = performance.now() - t0;

// The searches: keywords, themes, departments, audiences, case types, pages.
const themeList = [...new Set(demo.flatMap((d) => d.guide.themes))];
const searches: { f: PortalSearch; page: number; kind: string }[] = [];
for (let i = 0; i < SEARCHES; i++) {
  const r = rand();
  const f: PortalSearch = {};
  if (r < 0.75) f.q = pick(queries);
  if (r >= 0.45 && r < 0.65) f.theme = pick(themeList);
  if (r >= 0.6 && r < 0.85) f.departmentId = pick(deps).id;
  if (r >= 0.85)
    [f.audience, f.caseType] = [pick(['person', 'enterprise'] as const), pick(['instant', 'promised', 'joint', 'escalated'] as const)];
  const kind = [f.q && 'q', f.theme && 'theme', f.departmentId && 'department', f.audience && 'audience+caseType']
    .filter(Boolean)
    .join('+');
  searches.push({ f, page: 1 + Math.floor(rand() * rand() * 5), kind });
}

// Baseline: the same filters and ordering over plain objects.
function inMemory(f: PortalSearch, page: number) {
  const words = (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  const objects = f.audience ? (audiences[f.audience].objects as readonly string[]) : undefined;
  const has = (x: Row, w: string) =>
    [x.name, x.subItemName ?? '', x.keywords.join(' ')].some((t) => t.toLowerCase().includes(w)) ||
    [x.basicCode, x.implementationCode ?? ''].some((c) => c.toLowerCase().startsWith(w));
  const inDepartment = (x: Row, d: string) =>
    x.departmentId === d || x.leadDepartmentId === d || x.jointDepartments.some((j) => j.departmentId === d);
  const hits = rows.filter(
    (x) =>
      words.every((w) => has(x, w.toLowerCase())) &&
      (!f.theme || x.themes.includes(f.theme)) &&
      (!objects || x.serviceObjects.some((o) => objects.includes(o))) &&
      (!f.departmentId || inDepartment(x, f.departmentId)) &&
      (!f.caseType || x.caseType === f.caseType),
  );
  const first = words[0];
  hits.sort(
    (a, b) =>
      (first ? Number(b.name.startsWith(first)) - Number(a.name.startsWith(first)) : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return { items: hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: hits.length };
}

async function time(run: (s: (typeof searches)[number]) => Promise<number> | number) {
  for (const s of searches.slice(0, 20)) await run(s); // warm-up
  const ms: number[] = [];
  const totals: number[] = [];
  for (const s of searches) {
    const t = performance.now();
    totals.push(await run(s));
    ms.push(performance.now() - t);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!.toFixed(2));
  const kinds = [...new Set(searches.map((s) => s.kind))].map((k) => {
    const xs = ms.filter((_, i) => searches[i]!.kind === k).sort((a, b) => a - b);
    return `${k} ×${xs.length} p95 ${xs[Math.ceil(0.95 * xs.length) - 1]!.toFixed(1)}`;
  });
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), totals, kinds };
}

const ours = await time(async (s) => (await listPublished(db, s.f, { limit: PAGE_SIZE, offset: (s.page - 1) * PAGE_SIZE })).total);
const base = await time((s) => inMemory(s.f, s.page).total);
const mismatches = ours.totals.filter((t, i) => t !== base.totals[i]).length;
const ratio = Number((ours.p95 / Math.max(base.p95, 0.01)).toFixed(1));

console.log(
  `catalog search on ${database.describe}: ${ITEMS} items loaded in ${Math.round(loadMs)} ms; ${SEARCHES} searches: ` +
    `p50 ${ours.p50} ms, p95 ${ours.p95} ms, p99 ${ours.p99} ms; in-memory Array.filter p50 ${base.p50} ms, p95 ${base.p95} ms (${ratio}x); ` +
    `totals compared: ${mismatches} mismatches; goal p95 ≤ 50 ms: ${ours.p95 <= 50 ? 'met' : 'MISSED'}`,
);
console.log(`by kind (ms): ${ours.kinds.join('; ')}`);
console.log(
  JSON.stringify({
    bench: 'catalog-search',
    items: ITEMS,
    p50_ms: ours.p50,
    p95_ms: ours.p95,
    p99_ms: ours.p99,
    baseline: 'in-memory Array.filter',
    baseline_p95_ms: base.p95,
    ratio_p95: ratio,
  }),
);
await database.close();
await drop();
if (mismatches > 0) process.exitCode = 1;
