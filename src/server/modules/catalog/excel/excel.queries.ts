// SQL of the Excel import and export: every item the actor sees with its head version (the
// draft when there is one, else the published or last version) and their materials, in
// two queries whatever the catalog's size. The centers and departments come from org.
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { centerCodeOf, centerPathOf } from '../../org/index.ts';
import { catalogOfCenter, visibleTo, type ItemRow, type MaterialRow, type VersionRow } from '../catalog.queries.ts';
import { catalogItems, catalogMaterials, catalogVersions } from '../catalog.schema.ts';

export interface HeadFilter {
  /** One center's catalog only (its own items and those delegated to it). */
  centerId?: string;
  /** Items whose last version is retired (withdrawn items): needed to match an import. */
  withRetired?: boolean;
}

export interface HeadRow {
  item: ItemRow;
  version: VersionRow;
  centerCode: string;
  centerPath: string;
}

const isHead = sql`${catalogVersions.versionNo} = (SELECT max(x.version_no) FROM ${catalogVersions} x WHERE x.item_id = ${catalogItems.id})`;

function headWhere(actor: Actor, f: HeadFilter): SQL | undefined {
  return and(
    visibleTo(actor),
    f.centerId ? catalogOfCenter(f.centerId) : undefined,
    f.withRetired ? undefined : ne(catalogVersions.state, 'retired'),
  );
}

export function headVersions(db: Db, actor: Actor, f: HeadFilter): Promise<HeadRow[]> {
  return db
    .select({ item: catalogItems, version: catalogVersions, centerCode: centerCodeOf(catalogItems.centerId), centerPath: centerPathOf(catalogItems.centerId) })
    .from(catalogItems)
    .innerJoin(catalogVersions, and(eq(catalogVersions.itemId, catalogItems.id), isHead))
    .where(headWhere(actor, f))
    .orderBy(asc(centerPathOf(catalogItems.centerId)), asc(catalogItems.basicCode), sql`${catalogVersions.subItemCode} NULLS FIRST`, asc(catalogVersions.name));
}

/** The materials of those head versions, by version id, in their order. */
export async function headMaterials(db: Db, actor: Actor, f: HeadFilter): Promise<Map<string, MaterialRow[]>> {
  const rows = await db
    .select({ m: catalogMaterials })
    .from(catalogMaterials)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogMaterials.versionId))
    .innerJoin(catalogItems, and(eq(catalogItems.id, catalogVersions.itemId), isHead))
    .where(headWhere(actor, f))
    .orderBy(asc(catalogMaterials.versionId), asc(catalogMaterials.seq));
  const out = new Map<string, MaterialRow[]>();
  for (const { m } of rows) out.set(m.versionId, [...(out.get(m.versionId) ?? []), m]);
  return out;
}
