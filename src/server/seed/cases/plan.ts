// What generated cases are made of: the centers that have window clerks, the published items
// each of them may take (its own and those of the centers above it), the pinned versions'
// materials. Read once before seeding; the seed area reads the catalog and org tables as the
// demo seed writes them (it is no module, decision 0027).
import { sql } from 'drizzle-orm';
import type { BulkSeedMaterial } from '../../modules/case/index.ts';
import type { Db } from '../../platform/db/types.ts';

export interface PlanItem {
  itemId: string;
  versionId: string;
  name: string;
  code: string;
  caseType: string;
  departmentId: string | null;
  departmentName: string;
  promisedDays: number | null;
  legalDays: number | null;
  visits: number;
  enterprise: boolean;
  commitment: boolean;
  materialSeqs: number[];
  waivableSeqs: number[];
}

export interface PlanCenter {
  id: string;
  code: string;
  path: string;
  clerks: { id: string; name: string }[];
  approver: { id: string; name: string } | null;
  items: PlanItem[];
}

export interface SeedPlan {
  centers: PlanCenter[];
  materials: BulkSeedMaterial[];
}

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);
const q = async <T>(db: Db, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

interface Limit {
  amount: number;
  unit: string;
}
const days = (l: Limit | null) => (!l ? null : l.unit === 'instant' ? 0 : l.unit === 'naturalDay' ? Math.ceil((l.amount * 5) / 7) : l.amount);

/** The plan for the given center codes (all centers with a window clerk when none are given). */
export async function loadSeedPlan(db: Db, centerCodes: readonly string[] = []): Promise<SeedPlan> {
  const centers = await q<{ id: string; code: string; path: string; name: string }>(db, sql`SELECT id, code, path, name FROM center ORDER BY path`);
  const staff = await q<{ id: string; name: string; center_id: string; roles: string[] }>(db, sql`SELECT id, name, center_id, roles FROM staff WHERE active ORDER BY username`);
  const items = await q<{
    item_id: string;
    owner_path: string;
    version_id: string;
    name: string;
    code: string;
    case_type: string;
    department_id: string | null;
    department_name: string | null;
    promised_limit: Limit | null;
    legal_limit: Limit | null;
    visits: number;
    service_objects: string[];
    commitment_eligible: boolean;
  }>(
    db,
    sql`SELECT i.id AS item_id, c.path AS owner_path, v.id AS version_id, v.name, coalesce(v.implementation_code, i.local_code, i.basic_code) AS code, v.case_type,
          d.id AS department_id, d.name AS department_name, v.promised_limit, v.legal_limit, v.visits, v.service_objects, v.commitment_eligible
        FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id AND v.state = 'published'
        JOIN center c ON c.id = i.center_id LEFT JOIN department d ON d.id = coalesce(v.department_id, v.lead_department_id)
        WHERE i.active ORDER BY v.name, i.id`,
  );
  const materials = await q<{ version_id: string; id: string; seq: number; name: string; required: boolean; waivable: boolean; originals: number; copies: number }>(
    db,
    sql`SELECT m.version_id, m.id, m.seq, m.name, m.required, m.waivable, m.originals, m.copies FROM catalog_material m
        JOIN catalog_item_version v ON v.id = m.version_id JOIN catalog_item i ON i.current_version_id = v.id ORDER BY m.version_id, m.seq`,
  );
  const wanted = centerCodes.length ? centers.filter((c) => centerCodes.includes(c.code)) : centers;
  const missing = centerCodes.filter((code) => !centers.some((c) => c.code === code));
  if (missing.length) throw new Error(`unknown center code: ${missing.join(', ')}`);
  const planned: PlanCenter[] = wanted
    .map((c) => {
      const here = staff.filter((s) => s.center_id === c.id);
      const approver = here.find((s) => s.roles.includes('approver')) ?? staff.find((s) => s.roles.includes('approver') && c.path.includes(s.center_id)) ?? null;
      return {
        id: c.id,
        code: c.code,
        path: c.path,
        clerks: here.filter((s) => s.roles.includes('window_clerk')).map((s) => ({ id: s.id, name: s.name })),
        approver: approver ? { id: approver.id, name: approver.name } : null,
        items: items
          .filter((i) => c.path.startsWith(i.owner_path))
          .map((i) => {
            const mats = materials.filter((m) => m.version_id === i.version_id);
            return {
              itemId: i.item_id,
              versionId: i.version_id,
              name: i.name,
              code: i.code,
              caseType: i.case_type,
              departmentId: i.department_id ?? null,
              departmentName: i.department_name ?? c.name,
              promisedDays: days(i.promised_limit),
              legalDays: days(i.legal_limit),
              visits: i.visits,
              enterprise: !i.service_objects.includes('1'),
              commitment: i.commitment_eligible,
              materialSeqs: mats.map((m) => m.seq),
              waivableSeqs: mats.filter((m) => m.waivable).map((m) => m.seq),
            };
          }),
      };
    })
    .filter((c) => c.clerks.length && c.items.length);
  if (!planned.length) throw new Error('no center with a window clerk and published items: run `seed` (the demo) or `create-admin` and publish items first');
  return {
    centers: planned,
    materials: materials.map((m) => ({ versionId: m.version_id, materialId: m.id, seq: m.seq, name: m.name, required: m.required, waivable: m.waivable, originals: m.originals, copies: m.copies })),
  };
}
