// Public face of the archive (issue #18, decision 0040): its routes and its monthly job.
export { archiveRoutes } from './archive.routes.ts';
export { archiveJobs, runMonthlyArchive, ARCHIVE_JOB } from './archive.jobs.ts';
