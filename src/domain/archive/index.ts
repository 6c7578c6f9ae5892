// The archive (归档, issue #18): the package's fixity manifest, its contents list with page
// numbers, its metadata (FACTS §D) as JSON and XML, and the monthly batch. Pure; the server
// hashes, renders and zips.
export * from './manifest.ts';
export * from './contents.ts';
export * from './metadata.ts';
export * from './batch.ts';
export { retentionPeriods, defaultRetentionPeriod, type RetentionPeriod } from '../catalog/code-tables.ts';
