// The one job runner (decision 0021): modules register their jobs through `Jobs`; main.ts
// starts and stops the runner; the console's jobs page reads `jobStatuses`.
export { JobRunner, JOBS_SCHEMA, type RunnerOptions } from './runner.ts';
export { JOBS_TIME_ZONE, periodSeconds, type JobDefinition, type Jobs, type SendOptions } from './jobs.types.ts';
export type { ModuleJobs } from './module-jobs.ts';
export { jobStatuses, type JobStatus, type JobRun } from './status.ts';
export type { LocalLoopStatus } from './local-loop.ts';
