// The case module's jobs on the one runner: 容缺 overrun, and the warning levels (预警).
import type { ModuleJobs } from '../../../platform/jobs/index.ts';
import { waiverFallbackJobs } from './waiver-fallback.ts';
import { warningLevelJobs } from './warning-levels.ts';

export const caseJobs: ModuleJobs = (jobs, ctx) => {
  waiverFallbackJobs(jobs, ctx);
  warningLevelJobs(jobs, ctx);
};
export { runWaiverFallbacks } from './waiver-fallback.ts';
export { recomputeWarningLevels, WARNING_LEVELS_JOB } from './warning-levels.ts';
