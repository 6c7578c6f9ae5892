// Export: the catalog the actor sees (or one center's), each item at its head version, as
// the workbook the import reads back.
import { versionStateLabels, type Guide, type Material } from '../../../../domain/catalog/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { guideOf } from '../catalog.access.ts';
import type { MaterialRow } from '../catalog.queries.ts';
import { departmentNames } from '../../org/index.ts';
import { headMaterials, headVersions, type HeadFilter, type HeadRow } from './excel.queries.ts';
import type { ExportItem } from './rows.ts';
import { writeCatalogWorkbook } from './write.ts';

export function materialOf(row: MaterialRow): Material {
  const { id: _i, versionId: _v, seq: _s, ...m } = row;
  return m;
}

/** What an item holds now, in the shape the workbook carries. */
export function exportItemOf(h: HeadRow, materials: readonly MaterialRow[]): ExportItem {
  return {
    centerCode: h.centerCode,
    basicCode: h.item.basicCode,
    localCode: h.item.localCode,
    version: `第 ${h.version.versionNo} 版（${versionStateLabels[h.version.state].zh}）`,
    guide: guideOf(h.version),
    materials: materials.map(materialOf),
  };
}

export async function loadCatalog(db: Db, actor: Actor, f: HeadFilter) {
  const [heads, materials] = await Promise.all([headVersions(db, actor, f), headMaterials(db, actor, f)]);
  return heads.map((h) => ({ head: h, content: exportItemOf(h, materials.get(h.version.id) ?? []) }));
}

function departmentIdsOf(guides: readonly Guide[]): string[] {
  const ids = new Set<string>();
  for (const g of guides)
    for (const id of [g.departmentId, g.leadDepartmentId, ...g.jointDepartments.map((j) => j.departmentId)]) if (id) ids.add(id);
  return [...ids];
}

export async function exportCatalog(db: Db, actor: Actor, f: { centerId?: string } = {}): Promise<{ file: Buffer; items: number }> {
  const items = (await loadCatalog(db, actor, f)).map((x) => x.content);
  const names = await departmentNames(db, departmentIdsOf(items.map((i) => i.guide)));
  return { file: await writeCatalogWorkbook(items, (id) => names.get(id)), items: items.length };
}
