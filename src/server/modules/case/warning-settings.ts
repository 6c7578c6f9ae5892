// 预警阈值 per center: yellow when at most this many working days are left. A center without
// its own row follows the nearest center above it (the county sets it for its townships), else
// the domain default (one working day, FACTS §E).
import { DEFAULT_YELLOW_WORKDAYS } from '../../../domain/case/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { listWarningSettings } from './jobs/warning-levels.queries.ts';

export function yellowWorkdaysFor(centerPath: string, settings: ReadonlyMap<string, number>): number {
  for (const id of centerPath.split('/').filter(Boolean).reverse()) {
    const own = settings.get(id);
    if (own !== undefined) return own;
  }
  return DEFAULT_YELLOW_WORKDAYS;
}

export async function warningSettingsMap(db: Db): Promise<Map<string, number>> {
  return new Map((await listWarningSettings(db)).map((s) => [s.centerId, s.yellowWorkdays]));
}

export async function yellowWorkdaysOf(db: Db, centerPath: string): Promise<number> {
  return yellowWorkdaysFor(centerPath, await warningSettingsMap(db));
}
