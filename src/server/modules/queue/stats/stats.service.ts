import { DomainError } from '../../../../domain/errors/index.ts';
import { hallTime, periodOfQuery, periodProblem, type StatsPeriod } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { assertCenterInScope, findPublicCenter, listCenterWindows, staffNames, type Who } from '../../org/index.ts';
import { listCategories } from '../setup/category.queries.ts';
import { statsBy, statsByCategory, statsByDay, statsTotal } from './stats.queries.ts';

const round = (s: number | null) => (s === null || s === undefined ? null : Math.round(Number(s)));

/** Seconds rounded to whole ones; counts as they are. */
function rounded<T extends { medianWaitSeconds: number | null; maxWaitSeconds: number | null; medianServiceSeconds: number | null }>(
  r: T,
): T {
  return {
    ...r,
    medianWaitSeconds: round(r.medianWaitSeconds),
    maxWaitSeconds: round(r.maxWaitSeconds),
    medianServiceSeconds: round(r.medianServiceSeconds),
  };
}

/** `date` (one day), `from`–`to`, or today in Beijing when neither is given; QUEUE_STATS_PERIOD when it cannot be counted. */
export function periodOf(q: { date?: string; from?: string; to?: string }, now: Date): StatsPeriod {
  const p = periodOfQuery(q, hallTime(now).serviceDate);
  if (periodProblem(p)) throw new DomainError('QUEUE_STATS_PERIOD', { from: p.from, to: p.to });
  return p;
}

/**
 * 大厅统计: per category, day, window and clerk over a period (one day by default) — tickets,
 * waiting time, service time, no-shows — with the whole period's figures in `total`.
 */
export async function hallStats(db: Db, who: Who, centerId: string, q: { date?: string; from?: string; to?: string }, now = new Date()) {
  await assertCenterInScope(db, who.actor, centerId);
  const period = periodOf(q, now);
  const [center, categories, windows, byCategory, byDay, total, byWindow, byStaff] = await Promise.all([
    findPublicCenter(db, centerId),
    listCategories(db, centerId, true),
    listCenterWindows(db, centerId),
    statsByCategory(db, centerId, period),
    statsByDay(db, centerId, period),
    statsTotal(db, centerId, period),
    statsBy(db, centerId, period, 'window'),
    statsBy(db, centerId, period, 'staff'),
  ]);
  const names = await staffNames(
    db,
    byStaff.map((s) => s.key).filter((k): k is string => !!k),
  );
  return {
    centerId,
    centerName: center?.name ?? '',
    from: period.from,
    to: period.to,
    /** The first day, for clients written when statistics covered one day. */
    date: period.from,
    total: rounded(total),
    categories: byCategory
      .map((c) => {
        const cat = categories.find((x) => x.id === c.categoryId);
        return { ...rounded(c), prefix: cat?.prefix ?? null, name: cat?.name ?? null };
      })
      .sort((a, b) => (a.prefix ?? '~').localeCompare(b.prefix ?? '~')),
    days: byDay.map(rounded),
    windows: byWindow
      .map((w) => ({
        windowId: w.key,
        windowNumber: windows.find((x) => x.id === w.key)?.number ?? null,
        done: w.done,
        noShow: w.noShow,
        medianServiceSeconds: round(w.medianServiceSeconds),
      }))
      .sort((a, b) => (a.windowNumber ?? '~').localeCompare(b.windowNumber ?? '~', 'zh', { numeric: true })),
    staff: byStaff.map((s) => ({
      staffId: s.key,
      name: s.key ? (names.get(s.key) ?? null) : null,
      done: s.done,
      noShow: s.noShow,
      medianServiceSeconds: round(s.medianServiceSeconds),
    })),
  };
}

export type HallStats = Awaited<ReturnType<typeof hallStats>>;
