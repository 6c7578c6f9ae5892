// What a case needs from its pinned item version and its center: read once per request,
// outside the case's transaction (a published version never changes, so no lock is needed).
import { eq } from 'drizzle-orm';
import type { ItemFacts, OutcomeItem, PinnedMaterial } from '../../../domain/case/index.ts';
import type { WorkCalendar } from '../../../domain/calendar/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { loadWorkCalendar } from '../calendar/index.ts';
import { findVersion, materialsOf, type VersionRowOf } from '../catalog/index.ts';
// Read-only lookups of org rows (names, phone, region); org's public face has no finders yet.
import { centers, departments, regions } from '../org/org.schema.ts';

export interface Pinned {
  version: VersionRowOf;
  materials: PinnedMaterial[];
  /** Materials as the checklist stores them (with their order and counts). */
  materialRows: { id: string; seq: number; name: string; originals: number; copies: number; required: boolean; waivable: boolean }[];
  outcomeItem: OutcomeItem;
  facts: ItemFacts;
}

export async function loadPinned(db: Db, versionId: string): Promise<Pinned> {
  const version = await findVersion(db, versionId);
  if (!version) throw new DomainError('CASE_ITEM_NOT_AVAILABLE', { versionId });
  const rows = await materialsOf(db, versionId);
  const materials: PinnedMaterial[] = rows.map((m) => ({
    id: m.id,
    name: m.name,
    originals: m.originals,
    copies: m.copies,
    required: m.required,
    waivable: m.waivable,
    exemptWhenShared: m.exemptWhenShared,
  }));
  return {
    version,
    materials,
    materialRows: rows.map((m) => ({ id: m.id, seq: m.seq, name: m.name, originals: m.originals, copies: m.copies, required: m.required, waivable: m.waivable })),
    outcomeItem: { caseType: version.caseType, commitmentEligible: version.commitmentEligible, materials },
    facts: { instant: version.caseType === 'instant', waiverAllowed: materials.some((m) => m.waivable), commitmentEligible: version.commitmentEligible },
  };
}

export interface Place {
  center: typeof centers.$inferSelect;
  regionName: string;
  calendar: WorkCalendar;
  /** The department whose name, abbreviation (机关代字) and seal the notices carry. */
  department: { id: string; name: string; abbreviation: string };
}

export async function loadPlace(db: Db, centerId: string, departmentId: string | null): Promise<Place> {
  const [center] = await db.select().from(centers).where(eq(centers.id, centerId)).limit(1);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, center.regionCode)).limit(1);
  const [dept] = departmentId ? await db.select().from(departments).where(eq(departments.id, departmentId)).limit(1) : [];
  const department = dept
    ? { id: dept.id, name: dept.name, abbreviation: dept.shortName ?? dept.name.replace(/(局|委员会|中心)$/, '') }
    : { id: center.id, name: center.name, abbreviation: center.name.slice(0, 4) };
  return { center, regionName: region?.name ?? '', calendar: await loadWorkCalendar(db, center.regionCode), department };
}
