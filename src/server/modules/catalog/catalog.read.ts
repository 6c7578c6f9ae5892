// Reading the catalog: an item with its versions and delegations, one version with its
// materials, two versions compared, and the public guide.
import { compareVersions, themes, type Theme } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { readableItem } from './catalog.access.ts';
import * as q from './catalog.queries.ts';
import type { MaterialRow, VersionRow } from './catalog.queries.ts';
import { filesOfVersion } from './files.queries.ts';

const versionSummary = (v: VersionRow) => ({
  id: v.id,
  versionNo: v.versionNo,
  state: v.state,
  name: v.name,
  validFrom: v.validFrom,
  validTo: v.validTo,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy,
  createdBy: v.createdBy,
  updatedAt: v.updatedAt,
});

export async function getItem(db: Db, actor: Actor, itemId: string) {
  const item = await readableItem(db, actor, itemId);
  const versions = await q.versionsOf(db, itemId);
  const head = versions[0]!;
  const [materials, delegations] = await Promise.all([q.materialsOf(db, head.id), q.delegationsOf(db, itemId)]);
  return {
    item,
    versions: versions.map(versionSummary),
    head: { ...head, materials },
    delegations: delegations.map((d) => ({ ...d.delegation, centerName: d.centerName, centerLevel: d.centerLevel })),
  };
}

export async function getVersion(db: Db, actor: Actor, versionId: string) {
  const v = await q.findVersion(db, versionId);
  if (!v) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', id: versionId });
  const item = await readableItem(db, actor, v.itemId);
  const [materials, files] = await Promise.all([q.materialsOf(db, v.id), filesOfVersion(db, v.id)]);
  return { ...v, basicCode: item.basicCode, localCode: item.localCode, centerId: item.centerId, materials, files };
}

function content(v: VersionRow, materials: MaterialRow[]) {
  return { ...v, materials: materials.map(({ id: _i, versionId: _v, ...m }) => m) };
}

export async function compareItemVersions(db: Db, actor: Actor, itemId: string, fromId: string, toId: string) {
  await readableItem(db, actor, itemId);
  const [a, b] = await Promise.all([q.findVersion(db, fromId), q.findVersion(db, toId)]);
  if (!a || a.itemId !== itemId) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', id: fromId });
  if (!b || b.itemId !== itemId) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', id: toId });
  const [ma, mb] = await Promise.all([q.materialsOf(db, a.id), q.materialsOf(db, b.id)]);
  return {
    from: versionSummary(a),
    to: versionSummary(b),
    ...compareVersions(content(a, ma), content(b, mb)),
  };
}

/** The published guide as the public sees it: no staff ids. */
export async function getPublicGuide(db: Db, itemId: string) {
  const v = await q.findPublished(db, itemId);
  if (!v) throw new DomainError('NOT_FOUND', { object: 'catalogItem', id: itemId });
  const item = (await q.findItem(db, itemId))!;
  const { createdBy: _c, publishedBy: _p, ...guide } = v;
  const materials = (await q.materialsOf(db, v.id)).map(({ versionId: _v, ...m }) => m);
  const files = await filesOfVersion(db, v.id);
  return { ...guide, itemId, basicCode: item.basicCode, localCode: item.localCode, centerId: item.centerId, materials, files };
}

export async function publicThemes(db: Db, centerId?: string) {
  const counts = new Map((await q.publishedThemeCounts(db, centerId)).map((r) => [r.theme, r.count]));
  return (Object.keys(themes) as Theme[]).map((code) => ({ code, ...themes[code], count: counts.get(code) ?? 0 })).filter((t) => t.count > 0);
}
