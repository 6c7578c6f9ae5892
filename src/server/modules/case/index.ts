// Public face of the case core (issue #16): other modules import from here, never its tables.
export { caseRoutes } from './case.routes.ts';
export { caseTrackRoutes } from './tracking/track.routes.ts';
export { taskRoutes } from './tasks/task.routes.ts';
export { consultationRoutes } from './consultation/consultation.routes.ts';
export { actOnCase, type WriteOptions } from './case.write.ts';
export type { ActInput } from './case.rules.ts';
export type { CaseBy } from './case.actor.ts';
export { caseEvents, type CaseEvent } from './case.events.ts';
export { intake } from './intake/intake.service.ts';
export { caseJobs, recomputeWarningLevels, runWaiverFallbacks, WARNING_LEVELS_JOB } from './jobs/index.ts';
export { runDueRecompute } from './jobs/due-recompute.ts';
export { afterBulkSeed, bulkSeedCases, type BulkSeedCase, type BulkSeedMaterial, type BulkSeedStep } from './seed/bulk-seed.ts';
// issue #17, decision 0033: the per-center yellow threshold screen
export { warningSettingRoutes } from './warnings/warning-settings.routes.ts';
