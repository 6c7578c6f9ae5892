// 预警阈值 (decision 0033): each center may set how many working days before a due date the
// colour turns yellow; a center without its own value follows the nearest center above it
// (the county sets it for its townships), else the default of one working day (FACTS §E).
import { DEFAULT_YELLOW_WORKDAYS } from './warnings.ts';

export const YELLOW_THRESHOLD_MAX = 10;

export function isValidYellowThreshold(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= YELLOW_THRESHOLD_MAX;
}

/** The threshold in force at a center (its path of ids from the top) and where it comes from. */
export function thresholdAt(centerPathIds: readonly string[], own: ReadonlyMap<string, number>): { effective: number; source: 'own' | 'inherited' | 'default' } {
  const self = centerPathIds.at(-1);
  for (const id of [...centerPathIds].reverse()) {
    const v = own.get(id);
    if (v !== undefined) return { effective: v, source: id === self ? 'own' : 'inherited' };
  }
  return { effective: DEFAULT_YELLOW_WORKDAYS, source: 'default' };
}
