// Answers of the archive's routes (/api/v1/archive, issue #18): the monthly batches, their
// packages, and a verification's findings.
import { z } from 'zod';
import { retentionPeriods } from '../domain/archive/index.ts';
import { codesOf } from '../domain/catalog/index.ts';
import { page, timestamp, type Json } from './common.ts';

const sha = z.string().regex(/^[0-9a-f]{64}$/);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

export const ArchiveBatchView = z.object({
  id: z.string(),
  centerId: z.string(),
  centerName: z.string(),
  month,
  caseCount: z.number().int(),
  pages: z.number().int(),
  /** SHA-256 of the batch's manifest.sha256 */
  rootHash: sha,
  registerSha256: sha,
  builtAt: timestamp,
  builtByName: z.string(),
});
export type ArchiveBatchView = Json<typeof ArchiveBatchView>;

export const ArchiveBatchList = page(ArchiveBatchView);
export type ArchiveBatchList = Json<typeof ArchiveBatchList>;

export const ArchivePackageView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  /** 档号 */
  archiveCode: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  endState: z.string(),
  endedAt: timestamp,
  retentionPeriod: z.enum(codesOf(retentionPeriods)),
  retentionLabel: z.string(),
  pages: z.number().int(),
  documents: z.number().int(),
  sha256: sha,
  size: z.number().int(),
  rootHash: sha,
  archivedAt: timestamp,
});
export type ArchivePackageView = Json<typeof ArchivePackageView>;

export const ArchiveBatchDetail = ArchiveBatchView.extend({ packages: z.array(ArchivePackageView) });
export type ArchiveBatchDetail = Json<typeof ArchiveBatchDetail>;

/** Build a month's batch now; the center defaults to the archivist's own. */
export const ArchiveBuildRequest = z.object({ month, centerId: z.string().max(64).optional() });

export const fileProblems = ['missing', 'altered', 'unexpected', 'unreadable'] as const;
export const ArchiveFileProblem = z.object({ path: z.string(), problem: z.enum(fileProblems) });

export const ArchivePackageCheck = z.object({
  caseNumber: z.string(),
  archiveCode: z.string(),
  intact: z.boolean(),
  /** Files of the package that differ from what was sealed (paths inside the package). */
  problems: z.array(ArchiveFileProblem),
});

export const ArchiveVerification = z.object({
  /** stored: the copies in the file store; upload: a copy sent for checking. */
  source: z.enum(['stored', 'upload']),
  kind: z.enum(['batch', 'package']),
  intact: z.boolean(),
  /** The batch (or the package's batch) it was checked against; null when the upload matches nothing recorded. */
  batchId: z.string().nullable(),
  rootHash: z.string(),
  recordedRootHash: z.string().nullable(),
  /** Files of the batch itself (packages, register, batch.json) that differ. */
  problems: z.array(ArchiveFileProblem),
  packages: z.array(ArchivePackageCheck),
  checkedAt: timestamp,
});
export type ArchiveVerification = Json<typeof ArchiveVerification>;
