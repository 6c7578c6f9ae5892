// Portal catalog search over 5,000 published items: the real query function (listPublished:
// filters, ranking, page and total) against an in-memory Array.filter over the same items.
// Run: node --import tsx bench/catalog-search.bench.ts [items] [searches]
// Uses an in-memory PGlite, or a scratch database created on DATABASE_URL (dropped after).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { audiences, type Guide, type PortalSearch } from '../src/domain/catalog/index.ts';
import { listPublished } from '../src/server/modules/catalog/catalog.queries.ts';
import { catalogItems, catalogMaterials, catalogVersions } from '../src/server/modules/catalog/catalog.schema.ts';
import type { PortalSearch as Search } from '../src/server/modules/catalog/catalog.types.ts';
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

const qualifiers = ['', '', '', '城区', '东片区', '西片区', '试点', '农村', '城镇', '企业', '个人', '跨省', '年度', '线上', '延续'];
const extraWords = ['便民', '一网通办', '惠民', '证明', '补办', '变更', '备案', '审核', '申报', '服务', '资格', '联办'];
const queries = ['低保', '补贴', '登记', '许可', '身份证', '不动产', '婚姻', '残疾', '养老', '营业执照', '救助', '户口', '证明', '食品', '医疗', '教师', '退役军人', '补办 登记', '城区 补贴', '农村 宅基地'];

type Row = { name: string; subItemName: string | null; keywords: string[]; basicCode: string; implementationCode: string | null } & Pick<Guide, 'themes' | 'serviceObjects' | 'departmentId' | 'leadDepartmentId' | 'jointDepartments' | 'caseType'>;

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
    versions.push({ ...d.guide, name, keywords, id: versionId, itemId, versionNo: 1, state: 'published', validFrom: now, publishedAt: now });
    d.materials.forEach((m, i) => materials.push({ ...m, id: newId(), versionId, seq: i + 1 }));
    rows.push({ ...d.guide, name, keywords, basicCode });
    if (items.length === 500) await flush();
  }
  await flush();
});
await database.exec('ANALYZE');
const loadMs = performance.now() - t0;


import { sql } from 'drizzle-orm';
const ex = async (q: string) => { const r = await db.execute(sql.raw('EXPLAIN ANALYZE ' + q)); console.log((r as unknown as {rows: {'QUERY PLAN': string}[]}).rows.map((x) => x['QUERY PLAN']).join('\n')); };
const J = `FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id AND v.state = 'published' AND i.active`;
const SEL = `i.id, i.center_id, i.basic_code, v.id, v.version_no, v.name, v.sub_item_name, v.item_type, v.case_type, v.department_id, v.implementing_body, v.implementation_code, v.legal_limit, v.promised_limit, v.themes, v.service_objects, v.channels, v.online, v.visits, count(*) over()`;

const time = async (label: string, q: string) => {
  for (let i = 0; i < 3; i++) await db.execute(sql.raw(q));
  const t = performance.now();
  for (let i = 0; i < 20; i++) await db.execute(sql.raw(q));
  console.log(label.padEnd(30), ((performance.now() - t) / 20).toFixed(1), 'ms');
};
const dep = deps[0]!.id;
const TQ = `SELECT ${SEL} ${J} WHERE v.themes @> ARRAY['marriage']::text[] ORDER BY v.name, i.id LIMIT 20`;
const DQ = `SELECT ${SEL} ${J} WHERE (v.department_id = '${dep}' OR v.lead_department_id = '${dep}' OR v.joint_departments @> '[{"departmentId":"${dep}"}]'::jsonb) ORDER BY v.name, i.id LIMIT 20`;
const QQ = `SELECT ${SEL} ${J} WHERE (v.name LIKE '%补贴%' OR coalesce(v.sub_item_name,'') LIKE '%补贴%' OR array_to_string(v.keywords, ' ') LIKE '%补贴%') ORDER BY (v.name LIKE '补贴%') DESC, v.name, i.id LIMIT 20`;
for (let r = 0; r < 2; r++) { await time('theme no index', TQ); await time('dept no index', DQ); await time('q', QQ); }
await database.exec(`CREATE INDEX t1 ON catalog_item_version USING gin (themes); CREATE INDEX t2 ON catalog_item_version (lead_department_id); CREATE INDEX t3 ON catalog_item_version USING gin (joint_departments jsonb_path_ops); CREATE INDEX t4 ON catalog_item_version (id) WHERE state = 'published'; ANALYZE;`);
for (let r = 0; r < 2; r++) { await time('theme index', TQ); await time('dept index', DQ); await time('q', QQ); }
await ex(DQ);
await database.close();
await drop();
