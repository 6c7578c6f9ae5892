// SQL of the per-center yellow threshold (case_warning_setting, migration 0024).
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { caseWarningSettings } from '../case.schema.ts';

export type WarningSettingRow = typeof caseWarningSettings.$inferSelect;

export function allWarningSettings(db: Db): Promise<WarningSettingRow[]> {
  return db.select().from(caseWarningSettings);
}

/** The center's row, locked (two managers saving at once are ordered). */
export async function lockWarningSetting(tx: Db, centerId: string): Promise<WarningSettingRow | undefined> {
  const [row] = await tx.select().from(caseWarningSettings).where(eq(caseWarningSettings.centerId, centerId)).limit(1).for('update');
  return row;
}

export async function upsertWarningSetting(tx: Db, row: WarningSettingRow): Promise<void> {
  await tx
    .insert(caseWarningSettings)
    .values(row)
    .onConflictDoUpdate({ target: caseWarningSettings.centerId, set: { yellowWorkdays: row.yellowWorkdays, updatedBy: row.updatedBy, updatedAt: row.updatedAt } });
}

export async function deleteWarningSetting(tx: Db, centerId: string): Promise<void> {
  await tx.delete(caseWarningSettings).where(eq(caseWarningSettings.centerId, centerId));
}
