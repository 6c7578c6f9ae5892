import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/types.ts';
import { centers } from '../org/org.schema.ts';
import { catalogSettings } from './files.schema.ts';

/** The setting that applies to a center: its own row, or the nearest one above it. */
export async function effectiveSetting(db: Db, centerPath: string) {
  const [row] = await db
    .select({ centerId: catalogSettings.centerId, centerName: centers.name, promisedReductionPct: catalogSettings.promisedReductionPct })
    .from(catalogSettings)
    .innerJoin(centers, eq(centers.id, catalogSettings.centerId))
    .where(sql`${centerPath} LIKE ${centers.path} || '%'`)
    .orderBy(desc(sql`length(${centers.path})`))
    .limit(1);
  return row;
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
