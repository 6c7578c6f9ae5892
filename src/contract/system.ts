// Answers of the system administrator's routes (/api/v1/system): the background jobs.
import { z } from 'zod';
import { timestamp, type Json } from './common.ts';

export const JobRunView = z.object({
  state: z.enum(['completed', 'failed', 'retry']),
  startedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  /** What the handler threw, personal numbers masked. */
  error: z.string().nullable(),
});
export type JobRunView = Json<typeof JobRunView>;

export const JobStatusView = z.object({
  name: z.string(),
  kind: z.enum(['cron', 'every', 'on-demand', 'instance']),
  /** The cron expression, or the period in seconds. */
  schedule: z.string().nullable(),
  lastRun: JobRunView.nullable(),
  nextRunAt: timestamp.nullable(),
  running: z.number().int(),
  waiting: z.number().int(),
  failedLastDay: z.number().int(),
  /** The latest failures, newest first. */
  failures: z.array(JobRunView),
});
export type JobStatusView = Json<typeof JobStatusView>;

export const JobList = z.object({ items: z.array(JobStatusView), worker: z.boolean() });
export type JobList = Json<typeof JobList>;

export const JobQueued = z.object({ jobId: z.string().nullable(), queued: z.boolean() });
export type JobQueued = Json<typeof JobQueued>;
