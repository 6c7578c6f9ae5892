// Writing a checked import plan inside the caller's transaction: new items and new drafts
// in bulk inserts, existing drafts updated in place, one audit row per item changed.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Material } from '../../../../domain/catalog/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import type { Who } from '../../org/index.ts';
import { audit } from '../catalog.access.ts';
import { copyFilesByMaterialName, moveFilesToRenamedRows } from '../files.queries.ts';
import { catalogItems, catalogMaterials, catalogVersions } from '../catalog.schema.ts';
import type { ImportPlan, PlannedItem } from './import.plan.ts';

export interface AppliedChange {
  key: string;
  row: number;
  name: string;
  action: PlannedItem['action'];
  itemId: string;
  versionId: string | null;
  fields: string[];
  materialsChanged: boolean;
}

type VersionInsert = typeof catalogVersions.$inferInsert;
type MaterialInsert = typeof catalogMaterials.$inferInsert;

const CHUNK = 200;
async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

const materialRows = (versionId: string, ms: readonly Material[]): MaterialInsert[] =>
  ms.map((m, i) => ({ ...m, id: newId(), versionId, seq: i + 1 }));

export async function applyImport(tx: Db, who: Who, plan: ImportPlan, importId: string): Promise<AppliedChange[]> {
  const existingIds = plan.changes.flatMap((c) => (c.head ? [c.head.item.id] : []));
  // Lock what we change; a draft started meanwhile then fails the one-draft index and the
  // whole import rolls back instead of writing half.
  if (existingIds.length)
    await tx.select({ id: catalogItems.id }).from(catalogItems).where(inArray(catalogItems.id, existingIds)).for('update');

  const items: (typeof catalogItems.$inferInsert)[] = [];
  const versions: VersionInsert[] = [];
  const materials: MaterialInsert[] = [];
  const out: AppliedChange[] = [];
  const fileCopies: [from: string, to: string][] = [];
  const source = { source: 'import', importId };
  for (const c of plan.changes) {
    const p = c.parsed;
    const itemId = c.head?.item.id ?? newId();
    const versionId = c.action === 'updateCodes' ? null : c.action === 'updateDraft' ? c.head!.version.id : newId();
    const base = {
      key: p.key,
      row: p.row,
      name: c.guide.name,
      action: c.action,
      itemId,
      versionId,
      fields: c.fields,
      materialsChanged: c.materialsChanged,
    };
    out.push(base);
    if (c.action === 'create') {
      items.push({ id: itemId, centerId: c.centerId, basicCode: p.basicCode, localCode: p.localCode });
      versions.push({ ...c.guide, id: versionId!, itemId, versionNo: 1, state: 'draft', createdBy: who.actor.staffId });
      materials.push(...materialRows(versionId!, p.materials));
      await audit(tx, who, 'catalog.item.create', 'catalogItem', itemId, c.centerId, {
        ...source,
        basicCode: p.basicCode,
        name: c.guide.name,
        versionId,
        materials: p.materials.length,
      });
      continue;
    }
    const head = c.head!;
    if ((head.item.localCode ?? null) !== p.localCode) {
      await tx.update(catalogItems).set({ localCode: p.localCode, updatedAt: new Date() }).where(eq(catalogItems.id, itemId));
      await audit(tx, who, 'catalog.item.update', 'catalogItem', itemId, head.item.centerId, {
        ...source,
        localCode: [head.item.localCode, p.localCode],
      });
    }
    if (c.action === 'newDraft') {
      const versionNo = head.version.versionNo + 1;
      versions.push({ ...c.guide, id: versionId!, itemId, versionNo, state: 'draft', createdBy: who.actor.staffId });
      materials.push(...materialRows(versionId!, p.materials));
      fileCopies.push([head.version.id, versionId!]);
      const summary = {
        ...source,
        itemId,
        fromVersionId: head.version.id,
        fromVersionNo: head.version.versionNo,
        versionNo,
        fields: c.fields,
        materialsChanged: c.materialsChanged,
      };
      await audit(tx, who, 'catalog.version.draft', 'catalogVersion', versionId!, head.item.centerId, summary);
    } else if (c.action === 'updateDraft') {
      await tx
        .update(catalogVersions)
        .set({ ...c.guide, updatedAt: new Date() })
        .where(eq(catalogVersions.id, versionId!));
      if (c.materialsChanged) {
        // Old rows step aside (negative numbers), the new ones go in, the files follow their material by name, then the old rows go.
        await tx.update(catalogMaterials).set({ seq: sql`-${catalogMaterials.seq}` }).where(eq(catalogMaterials.versionId, versionId!));
        await insertChunked(materialRows(versionId!, p.materials), (rows) => tx.insert(catalogMaterials).values(rows));
        await moveFilesToRenamedRows(tx, versionId!);
        await tx.delete(catalogMaterials).where(and(eq(catalogMaterials.versionId, versionId!), lt(catalogMaterials.seq, 0)));
      }
      await audit(tx, who, 'catalog.version.update', 'catalogVersion', versionId!, head.item.centerId, {
        ...source,
        itemId,
        fields: c.fields,
        materialsChanged: c.materialsChanged,
      });
    }
  }
  // Parents first: items, then versions, then materials (foreign keys).
  await insertChunked(items, (rows) => tx.insert(catalogItems).values(rows));
  await insertChunked(versions, (rows) => tx.insert(catalogVersions).values(rows));
  await insertChunked(materials, (rows) => tx.insert(catalogMaterials).values(rows));
  for (const [from, to] of fileCopies) await copyFilesByMaterialName(tx, from, to);
  return out;
}
