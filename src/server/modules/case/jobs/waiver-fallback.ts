// 容缺超期: a case accepted with a waived material whose deadline passed without it gets the
// item's fallback (waiver.fallback: the case is stopped and the applicant told by SMS),
// through the one write path as the actor 'system'. The idempotency key names the deadline,
// so a sweep that runs twice (two instances, a retry) acts once.
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import type { ModuleJobs } from '../../../platform/jobs/index.ts';
import { chinaToday } from '../../calendar/index.ts';
import { caseRecords } from '../case.schema.ts';
import { actOnCase } from '../case.write.ts';
import { runDueRecompute } from './due-recompute.ts';

export const WAIVER_FALLBACK_ACTOR = { system: '系统（容缺超期处理定时任务）' } as const;

export async function runWaiverFallbacks(db: Db, now: Date, opts: { publicUrl: string; batch?: number }): Promise<{ stopped: string[]; failed: { caseId: string; error: string }[] }> {
  const today = chinaToday(now);
  const due = await db
    .select({ id: caseRecords.id, waiverDue: caseRecords.waiverDue })
    .from(caseRecords)
    .where(and(eq(caseRecords.waiverPending, true), lt(caseRecords.waiverDue, today)))
    .orderBy(asc(caseRecords.waiverDue))
    .limit(opts.batch ?? 500);
  const stopped: string[] = [];
  const failed: { caseId: string; error: string }[] = [];
  for (const c of due) {
    try {
      await actOnCase(db, WAIVER_FALLBACK_ACTOR, c.id, 'waiver.fallback', { note: `容缺材料补交期限 ${c.waiverDue} 已过，未补交` }, `waiver-fallback:${c.waiverDue}`, { publicUrl: opts.publicUrl, now });
      stopped.push(c.id);
    } catch (e) {
      // One case's failure (e.g. supplied meanwhile: the table refuses) must not stop the sweep.
      failed.push({ caseId: c.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { stopped, failed };
}

/**
 * The sweep on the one job runner: every 10 minutes (a deadline is a date, so a sweep soon after
 * midnight is what matters), once per period across instances (decision 0021).
 */
export const waiverFallbackJobs: ModuleJobs = (jobs, ctx) => {
  jobs.register({
    name: 'case-waiver-fallback',
    cron: '*/10 * * * *',
    handler: async () => {
      const publicUrl = ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
      const r = await runWaiverFallbacks(ctx.db, new Date(), { publicUrl });
      // A failure of one case is reported on the jobs page, not swallowed.
      if (r.failed.length) throw new Error(`容缺超期处理：${r.stopped.length} 件已终止，${r.failed.length} 件失败：${r.failed.map((f) => f.error).join('；').slice(0, 400)}`);
      return { stopped: r.stopped.length };
    },
  });
  // Provisional due dates (a year's days off not imported yet) counted again once it is: the
  // import happens once a year, so a half-hourly look (or 立即运行 on the jobs page) is prompt.
  jobs.register({
    name: 'case-due-recompute',
    cron: '*/30 * * * *',
    handler: async () => {
      const publicUrl = ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
      const r = await runDueRecompute(ctx.db, new Date(), { publicUrl });
      if (r.failed.length) throw new Error(`暂定时限重算：${r.recomputed.length} 件已重算，${r.failed.length} 件失败：${r.failed.map((f) => f.error).join('；').slice(0, 400)}`);
      return { recomputed: r.recomputed.length, waiting: r.waiting };
    },
  });
};
