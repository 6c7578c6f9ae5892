// 预警阈值 screen (decision 0033): a center manager reads the threshold in force at its center
// and every center below it, and sets (or clears, to follow the center above again) a center's
// own value. One use case per change: center scope checked, row locked, written and audited in
// one transaction. The warning-levels job, the case page and the inbox read the same table.
import { isValidYellowThreshold, thresholdAt } from '../../../../domain/case/index.ts';
import type { WarningSettingData } from '../../../../contract/warning-settings.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertCenterInScope, centersAround } from '../../org/index.ts';
import { auditCase } from '../case.actor.ts';
import { allWarningSettings, deleteWarningSetting, lockWarningSetting, upsertWarningSetting } from './warning-settings.queries.ts';

type Who = { actor: Actor; ip: string };
const idsOf = (path: string) => path.split('/').filter(Boolean);

export async function listWarningSettingsOf(db: Db, actor: Actor): Promise<{ items: WarningSettingData[] }> {
  const [centers, rows] = await Promise.all([centersAround(db, actor), allWarningSettings(db)]);
  const own = new Map(rows.map((r) => [r.centerId, r.yellowWorkdays]));
  const byId = new Map(rows.map((r) => [r.centerId, r]));
  const top = idsOf(actor.centerPath).length;
  const items = centers
    .filter((c) => c.path.startsWith(actor.centerPath) && c.active)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((c) => {
      const at = thresholdAt(idsOf(c.path), own);
      const r = byId.get(c.id);
      return { centerId: c.id, centerName: c.name, depth: idsOf(c.path).length - top, own: r?.yellowWorkdays ?? null, ...at, updatedBy: r?.updatedBy ?? null, updatedAt: r?.updatedAt ?? null };
    });
  return { items };
}

export async function setWarningSetting(db: Db, who: Who, centerId: string, yellowWorkdays: number | null, now = new Date()): Promise<WarningSettingData> {
  if (yellowWorkdays !== null && !isValidYellowThreshold(yellowWorkdays)) throw new DomainError('WARNING_THRESHOLD_INVALID', { yellowWorkdays });
  const center = await assertCenterInScope(db, who.actor, centerId);
  await db.transaction(async (tx) => {
    const before = await lockWarningSetting(tx, centerId);
    if (yellowWorkdays === null) await deleteWarningSetting(tx, centerId);
    else await upsertWarningSetting(tx, { centerId, yellowWorkdays, updatedBy: who.actor.name, updatedAt: now });
    await auditCase(tx, who, {
      centerId,
      action: 'case.warning_setting.update',
      objectType: 'case_warning_setting',
      objectId: centerId,
      summary: { center: center.name, from: before?.yellowWorkdays ?? null, to: yellowWorkdays },
    });
  });
  const item = (await listWarningSettingsOf(db, who.actor)).items.find((i) => i.centerId === centerId);
  if (!item) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  return item;
}
