// The monthly archive on the one job runner: each day soon after 02:00 (hall time) it builds,
// for every center with ended cases, the previous month's batch if it does not exist yet (so a
// failed run on the 1st is caught up the next day), and completes a batch a crash interrupted.
import { monthEnd, previousMonth, type Month } from '../../../domain/archive/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { ModuleJobs } from '../../platform/jobs/index.ts';
import { chinaToday } from '../calendar/index.ts';
import { centersWithCasesToArchive } from '../case/index.ts';
import { batchOf } from './archive.queries.ts';
import { ARCHIVE_JOB_ACTOR, buildBatch } from './archive.service.ts';

export const ARCHIVE_JOB = 'archive-monthly-batches';

export async function runMonthlyArchive(ctx: AppContext, now: Date): Promise<{ month: string; built: string[]; failed: string[] }> {
  const month = previousMonth(chinaToday(now));
  const before = new Date(`${monthEnd(month as Month)}T00:00:00+08:00`);
  const built: string[] = [];
  const failed: string[] = [];
  for (const centerId of await centersWithCasesToArchive(ctx.db, before)) {
    if (await batchOf(ctx.db, centerId, month)) continue;
    try {
      const b = await buildBatch(ctx, ARCHIVE_JOB_ACTOR, centerId, month, now);
      built.push(b.id);
    } catch (e) {
      failed.push(`${centerId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { month, built, failed };
}

export const archiveJobs: ModuleJobs = (jobs, ctx) => {
  jobs.register({
    name: ARCHIVE_JOB,
    cron: '15 2 * * *',
    retry: { limit: 2, delaySeconds: 600 },
    handler: async () => {
      const r = await runMonthlyArchive(ctx, new Date());
      if (r.failed.length) throw new Error(`月度归档 ${r.month}：${r.built.length} 个批次已生成，${r.failed.length} 个失败：${r.failed.join('；').slice(0, 400)}`);
      return { month: r.month, batches: r.built.length };
    },
  });
};
