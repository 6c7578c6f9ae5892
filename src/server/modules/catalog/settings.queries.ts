import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { catalogSettings } from './files.schema.ts';

/** The setting that applies to a center: its own row, or the nearest one above it. A center's
 *  path lists the ids from the root down to it ("/county/township/"), so its ancestors need no join. */
export async function effectiveSetting(db: Db, centerPath: string) {
  const lineage = centerPath.split('/').filter(Boolean);
  if (lineage.length === 0) return undefined;
  const rows = await db.select().from(catalogSettings).where(inArray(catalogSettings.centerId, lineage));
  const depth = (r: (typeof rows)[number]) => lineage.indexOf(r.centerId);
  return rows.sort((a, b) => depth(b) - depth(a))[0];
}

export async function findSetting(db: Db, centerId: string) {
  const [row] = await db.select().from(catalogSettings).where(eq(catalogSettings.centerId, centerId)).limit(1);
  return row;
}

export async function upsertSetting(db: Db, centerId: string, promisedReductionPct: number, updatedBy: string) {
  const now = new Date();
  await db
    .insert(catalogSettings)
    .values({ centerId, promisedReductionPct, updatedBy, updatedAt: now })
    .onConflictDoUpdate({ target: catalogSettings.centerId, set: { promisedReductionPct, updatedBy, updatedAt: now } });
}

export async function deleteSetting(db: Db, centerId: string) {
  await db.delete(catalogSettings).where(eq(catalogSettings.centerId, centerId));
}
