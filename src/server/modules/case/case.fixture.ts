// Test helpers of the case core: published demo items by trait, a valid applicant, and the
// checklist that satisfies (or not) an item's materials.
import { sql } from 'drizzle-orm';
import { idCardCheckChar } from '../../../domain/identifiers/index.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';

export interface DemoItem {
  id: string;
  name: string;
  caseType: string;
  commitment: boolean;
  materials: { id: string; name: string; originals: number; copies: number; required: boolean; waivable: boolean }[];
}

/** Published items of the county catalog with their pinned materials. */
export async function countyItems(p: TestPlatform): Promise<DemoItem[]> {
  const items = await rows<{ id: string; name: string; case_type: string; commitment_eligible: boolean; version_id: string }>(
    p,
    sql`SELECT i.id, v.name, v.case_type, v.commitment_eligible, v.id AS version_id FROM catalog_item i
        JOIN catalog_item_version v ON v.id = i.current_version_id AND v.state = 'published'
        JOIN center c ON c.id = i.center_id WHERE c.code = 'XY-COUNTY' ORDER BY v.name`,
  );
  const mats = await rows<{ version_id: string; id: string; name: string; originals: number; copies: number; required: boolean; waivable: boolean }>(
    p,
    sql`SELECT version_id, id, name, originals, copies, required, waivable FROM catalog_material ORDER BY seq`,
  );
  return items.map((i) => ({
    id: i.id,
    name: i.name,
    caseType: i.case_type,
    commitment: i.commitment_eligible,
    materials: mats.filter((m) => m.version_id === i.version_id),
  }));
}

export function pick(items: DemoItem[], want: (i: DemoItem) => boolean, what: string): DemoItem {
  const found = items.find((i) => want(i) && i.materials.some((m) => m.required));
  if (!found) throw new Error(`no demo item: ${what}`);
  return found;
}

/** A valid resident ID number (GB 11643) for test person n. */
export function testIdCard(n: number): string {
  const first17 = `61042919${String(800101 + (n % 28)).padStart(6, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export function fullChecklist(item: DemoItem) {
  return item.materials.map((m) => ({ materialId: m.id, status: 'received' as const, originals: m.originals, copies: m.copies }));
}

export function person(n: number) {
  return { kind: 'person' as const, idType: '111' as const, idNumber: testIdCard(n), name: `张三${n}`, phone: `139${String(10_000_000 + n).slice(-8)}`, address: '旬邑县城关街道' };
}

/**
 * Walks an accepted (or in-review) case through its back-office steps up to the last one, as
 * the back office does (decision 0033: a decision is taken on the last step only): the actor
 * claims each step's task, starts the review if needed, checks every review point and passes.
 * Ends with the last step's task claimed by the same actor; answers its task id.
 */
export async function walkToLastStep(p: TestPlatform, caseId: string, cookie: string): Promise<string> {
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    if (r.statusCode !== 200) throw new Error(`${method} ${url} → ${r.statusCode} ${r.body}`);
    return r.json();
  };
  for (let guard = 0; guard < 30; guard++) {
    const [open] = await rows<{ id: string }>(p, sql`SELECT id FROM case_task WHERE case_id = ${caseId} AND status = 'open' AND kind = 'step'`);
    if (!open) throw new Error(`case ${caseId} has no open step`);
    let view = await call('POST', `/tasks/${open.id}/claim`, {});
    if (view.caseState === 'accepted') {
      await call('POST', `/cases/${caseId}/actions`, { action: 'review.start', idempotencyKey: `walk-start-${caseId}` });
      view = await call('GET', `/tasks/${open.id}`);
    }
    if (view.stepIndex === view.plan.length - 1) return open.id;
    const rules = view.plan[view.stepIndex].reviewRules.length as number;
    const checklist = Array.from({ length: rules }, (_, rule) => ({ rule, checked: true, note: '已核对' }));
    await call('POST', `/cases/${caseId}/actions`, { action: 'step.pass', step: { taskId: open.id, checklist, opinion: '符合条件' }, idempotencyKey: `walk-pass-${open.id}` });
  }
  throw new Error('too many steps');
}
