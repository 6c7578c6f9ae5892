// 预警: recomputes the stored warning level of every case with a running clock (decision 0030).
// The calendar work is done once per center in TypeScript (today and the first day that is no
// longer yellow, warnings.ts); each batch of cases is then one set-based UPDATE comparing stored
// due dates with those two dates, writing only the rows whose level changed. A million open
// cases take seconds on PostgreSQL (bench/case-warnings.bench.ts).
import { clockRunningStates, warningBoundaries } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { ModuleJobs } from '../../../platform/jobs/index.ts';
import { chinaToday, loadDeadlineCalendar } from '../../calendar/index.ts';
import { centersById } from '../../org/index.ts';
import { warningSettingsMap, yellowWorkdaysFor } from '../warning-settings.ts';
import { batchEnd, centersWithLevels, updateLevels, type CenterBoundaries } from './warning-levels.queries.ts';

export const WARNING_LEVELS_JOB = 'case-warning-levels';

/** Each center's boundaries on `today` over its region's calendar (next year provisional if not yet imported). */
export async function centerBoundaries(db: Db, centerIds: readonly string[], today: string): Promise<CenterBoundaries[]> {
  const [centers, settings] = await Promise.all([centersById(db, centerIds), warningSettingsMap(db)]);
  const throughYear = Number(today.slice(0, 4)) + 1;
  const out: CenterBoundaries[] = [];
  for (const id of centerIds) {
    const center = centers.get(id);
    if (!center) continue;
    const { calendar } = await loadDeadlineCalendar(db, center.regionCode, throughYear);
    out.push({ centerId: id, ...warningBoundaries(today, calendar, yellowWorkdaysFor(center.path, settings)) });
  }
  return out;
}

export async function recomputeWarningLevels(db: Db, now: Date, opts: { batch?: number } = {}): Promise<{ changed: number; batches: number; centers: number; today: string }> {
  const today = chinaToday(now);
  const running = [...clockRunningStates];
  const boundaries = await centerBoundaries(db, await centersWithLevels(db, running), today);
  const size = opts.batch ?? 50_000;
  let after = '';
  let changed = 0;
  let batches = 0;
  // Batches by primary key keep each UPDATE's locks and WAL short; a row written meanwhile by
  // a case action is simply recomputed on the next run.
  for (;;) {
    const upTo = await batchEnd(db, after, size);
    changed += await updateLevels(db, boundaries, running, after, upTo, now);
    batches++;
    if (upTo === null) break;
    after = upTo;
  }
  return { changed, batches, centers: boundaries.length, today };
}

/** Every 10 minutes: a new day turns levels over just after midnight, and a run that finds nothing to change writes nothing. */
export const warningLevelJobs: ModuleJobs = (jobs, ctx) =>
  jobs.register({
    name: WARNING_LEVELS_JOB,
    cron: '*/10 * * * *',
    handler: async () => {
      const r = await recomputeWarningLevels(ctx.db, new Date());
      return { changed: r.changed, centers: r.centers };
    },
  });
