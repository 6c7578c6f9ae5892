// 暂定时限重算: a case accepted when its due dates ran into a year whose days off were not
// imported yet got them counted Monday to Friday with 元旦 off, and is marked provisional.
// Once that year is imported (the calendar screen), this job counts them again through the
// one write path, as the actor 'system' (clock.recompute). Cheap: the scan reads only the
// marked rows (a partial index, migration 0026), and a case whose years are still missing is
// left alone without a write.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { chinaToday, loadDeadlineCalendar } from '../../calendar/index.ts';
import { findCenter } from '../../org/index.ts';
import { reachesProvisional } from '../case.rules.ts';
import { caseRecords } from '../case.schema.ts';
import { actOnCase } from '../case.write.ts';

export const DUE_RECOMPUTE_ACTOR = { system: '系统（暂定时限重算定时任务）' } as const;

export interface RecomputeRun {
  recomputed: string[];
  /** Still counted on a year that is not imported: nothing written. */
  waiting: number;
  failed: { caseId: string; error: string }[];
}

export async function runDueRecompute(db: Db, now: Date, opts: { publicUrl: string; batch?: number }): Promise<RecomputeRun> {
  const marked = await db
    .select({ id: caseRecords.id, centerId: caseRecords.centerId, promisedDue: caseRecords.promisedDue, legalDue: caseRecords.legalDue, rowVersion: caseRecords.rowVersion })
    .from(caseRecords)
    .where(and(eq(caseRecords.dueProvisional, true), inArray(caseRecords.state, ['accepted', 'in_review'])))
    .orderBy(asc(caseRecords.id))
    .limit(opts.batch ?? 500);
  const throughYear = Number(chinaToday(new Date()).slice(0, 4)) + 1;
  const missingByCenter = new Map<string, number[]>();
  const out: RecomputeRun = { recomputed: [], waiting: 0, failed: [] };
  for (const c of marked) {
    try {
      let missing = missingByCenter.get(c.centerId);
      if (!missing) {
        const center = await findCenter(db, c.centerId);
        missing = center ? (await loadDeadlineCalendar(db, center.regionCode, throughYear)).provisionalYears : [];
        missingByCenter.set(c.centerId, missing);
      }
      if (reachesProvisional(missing, c.promisedDue ?? '', c.legalDue ?? '')) {
        out.waiting++;
        continue;
      }
      // The key names the projection's version: two instances running at once act once.
      await actOnCase(db, DUE_RECOMPUTE_ACTOR, c.id, 'clock.recompute', { note: `节假日数据已导入，重算时限（原承诺 ${c.promisedDue}，原法定 ${c.legalDue}）` }, `clock.recompute:${c.rowVersion}`, {
        publicUrl: opts.publicUrl,
        now,
      });
      out.recomputed.push(c.id);
    } catch (e) {
      out.failed.push({ caseId: c.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
