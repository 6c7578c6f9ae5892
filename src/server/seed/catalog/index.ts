// Demo catalog: the items a county center and its township centers handle, every one
// published with a complete guide, some delegated to the townships.
import { eq, inArray } from 'drizzle-orm';
import { Guide, Material } from '../../../domain/catalog/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { catalogDelegations, catalogItems, catalogMaterials, catalogVersions } from '../../modules/catalog/catalog.schema.ts';
import { centers, departments } from '../../modules/org/org.schema.ts';
import { demoCenters, demoDepartments } from '../demo-org.ts';
import { basicCodeOf, bodies, extraUscc, guideOf, type BodyKey, type BodyRef, type SeedItem } from './build.ts';
import { seedDemoBundles } from './bundles.ts';
import { civilAffairsItems } from './civil-affairs.ts';
import { healthItems } from './health.ts';
import { landAgricultureItems } from './land-agriculture.ts';
import { marketPoliceItems } from './market-police.ts';
import { otherItems } from './other-departments.ts';
import { socialSecurityItems } from './social-security.ts';

export const demoCatalogItems: readonly SeedItem[] = [...civilAffairsItems, ...socialSecurityItems, ...healthItems, ...landAgricultureItems, ...marketPoliceItems, ...otherItems];

export interface ExpandedItem {
  seed: SeedItem;
  basicCode: string;
  guide: Guide;
  materials: Material[];
}

/**
 * Seed records → validated guides. Pure: department ids come in by name, everything else
 * from the demo org, so tests can check the data without a database.
 */
export function expandDemoCatalog(departmentIds: ReadonlyMap<string, string>): ExpandedItem[] {
  const ref = (k: BodyKey): BodyRef => {
    const b = bodies[k];
    if ('department' in b) {
      const dep = demoDepartments.find((d) => d.name === b.department)!;
      return { name: dep.name, uscc: dep.uscc, departmentId: departmentIds.get(dep.name) ?? null, phone: b.phone, nature: b.nature };
    }
    return { name: b.name, uscc: extraUscc(b.n), departmentId: null, phone: b.phone, nature: b.nature };
  };
  return demoCatalogItems.map((seed) => {
    const basicCode = basicCodeOf(seed);
    // Parsing catches a typo in the data (a wrong code, an over-long text) at seed time.
    const guide = Guide.parse(guideOf(seed, ref(seed.body), ref, basicCode));
    return { seed, basicCode, guide, materials: seed.materials.map((x) => Material.parse(x)) };
  });
}

export async function seedDemoCatalog(tx: Db): Promise<{ items: number }> {
  const codes = demoCenters.map((c) => c.code as string);
  const centerRows = await tx.select({ id: centers.id, code: centers.code }).from(centers).where(inArray(centers.code, codes));
  const centerId = (key: string) => centerRows.find((r) => r.code === demoCenters.find((c) => c.key === key)!.code)!.id;
  const depRows = await tx.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.centerId, centerId('county')));
  const expanded = expandDemoCatalog(new Map(depRows.map((d) => [d.name, d.id])));

  const now = new Date();
  const items: (typeof catalogItems.$inferInsert)[] = [];
  const versions: (typeof catalogVersions.$inferInsert)[] = [];
  const materials: (typeof catalogMaterials.$inferInsert)[] = [];
  const delegations: (typeof catalogDelegations.$inferInsert)[] = [];
  const itemIds = new Map<string, string>();
  for (const e of expanded) {
    const itemId = newId();
    itemIds.set(e.seed.key, itemId);
    const versionId = newId();
    items.push({ id: itemId, centerId: centerId(e.seed.owner ?? 'county'), basicCode: e.basicCode, currentVersionId: versionId });
    versions.push({ ...e.guide, id: versionId, itemId, versionNo: 1, state: 'published', validFrom: now, publishedAt: now });
    e.materials.forEach((mat, i) => materials.push({ ...mat, id: newId(), versionId, seq: i + 1 }));
    for (const to of e.seed.delegate?.to ?? []) {
      delegations.push({ id: newId(), itemId, toCenterId: centerId(to), mode: e.seed.delegate!.mode, since: '2024-01-01' });
    }
  }
  await tx.insert(catalogItems).values(items);
  await tx.insert(catalogVersions).values(versions);
  await tx.insert(catalogMaterials).values(materials);
  if (delegations.length) await tx.insert(catalogDelegations).values(delegations);
  const { bundles } = await seedDemoBundles(tx, centerId('county'), (key) => itemIds.get(key)!);
  await recordAudit(tx, { actorName: 'system', action: 'seed.catalog', result: 'ok', summary: { items: items.length, materials: materials.length, delegations: delegations.length, bundles } });
  return { items: items.length };
}
