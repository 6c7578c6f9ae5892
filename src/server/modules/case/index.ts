// Public face of the case core (issue #16): other modules import from here, never its tables.
export { caseRoutes } from './case.routes.ts';
export { caseTrackRoutes } from './tracking/track.routes.ts';
export { taskRoutes } from './tasks/task.routes.ts';
export { consultationRoutes } from './consultation/consultation.routes.ts';
// issue #17, special steps (decision 0036)
export { specialStepRoutes } from './tasks/special/special.routes.ts';
export { actOnCase, type WriteOptions } from './case.write.ts';
export type { ActInput } from './case.rules.ts';
export type { CaseBy } from './case.actor.ts';
export { caseEvents, type CaseEvent } from './case.events.ts';
export { intake } from './intake/intake.service.ts';
export { caseJobs, recomputeWarningLevels, runWaiverFallbacks, WARNING_LEVELS_JOB } from './jobs/index.ts';
export { runDueRecompute } from './jobs/due-recompute.ts';
export { afterBulkSeed, bulkSeedCases, type BulkSeedCase, type BulkSeedMaterial, type BulkSeedStep } from './seed/bulk-seed.ts';
// issue #18: handing out the result (window, mail, cabinet) and the cabinet's recall job.
export { deliveryRoutes } from './delivery/delivery.routes.ts';
export { shipmentsOfCase } from './delivery/delivery.archive.ts';
export { deliverElectronically } from './delivery/delivery.electronic.ts';
export { deliveryJobs, recallOverdueResults, pickUpFromCabinet, CABINET_RECALL_JOB } from './delivery/cabinet.service.ts';
// For the e-certificate (issue #18, decision 0039): the case's result, the notices' seal and the ID mask.
export { caseResultOf, type CaseResult } from './read/result.read.ts';
export { sealSvg } from './notices/notice-pdf.ts';
export { maskIdNumber } from './read/mask.ts';
export { publicUrlOf } from './case.routes.ts';
// issue #18, fees (decision 0037): what the fee module reads of a case, and the notices' PDF renderer it reuses.
export { acceptedByOf, caseForFee, type CaseForFee } from './read/fee-facts.read.ts';
export { noticeDefinition, type PrintableDocument } from './notices/notice-pdf.ts';
export { sealRefOf, trackingUrlOf } from './notices/issue.ts';
export { pdfText } from './notices/pdf-text.ts';
// issue #18, the archive: what it reads of a case, and the read-only guard of an archived one
export { assertCaseWritable } from './case.archived.ts';
export { caseFileForArchive, casesToArchive, centersWithCasesToArchive, noticePdfOf, type CaseFileForArchive } from './read/archive.read.ts';
// issue #17, decision 0033: the per-center yellow threshold screen
export { warningSettingRoutes } from './warnings/warning-settings.routes.ts';
// issue #19, the online hall: cases of the identities an account may act for.
export { caseDuesOf, caseIdsOfApplicants } from './read/applicant-cases.read.ts';
