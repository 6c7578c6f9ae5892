// The files of a batch zip besides its packages: batch.json (the batch as recorded, rebuilt
// from the rows the same way every time) and the batch manifest whose SHA-256 is its root hash.
import { MANIFEST_FILE, manifestText, type ManifestEntry } from '../../../../domain/archive/index.ts';
import { sha256 } from '../package/build-package.ts';
import { utf8, type ZipFiles } from '../package/zip.ts';

export interface BatchFacts {
  id: string;
  centerCode: string;
  centerName: string;
  month: string;
  builtAt: Date;
  builtByName: string;
  packages: readonly { archiveCode: string; caseNumber: string; sha256: string; rootHash: string; pages: number; documents: number; retentionPeriod: string }[];
}

export const packagePath = (archiveCode: string) => `packages/${archiveCode}.zip`;
export const REGISTER_FILE = 'register.xlsx';
export const BATCH_FILE = 'batch.json';

export function batchJson(b: BatchFacts): Uint8Array {
  return utf8(
    JSON.stringify(
      {
        format: 'onewindow-archive-batch/1',
        id: b.id,
        centerCode: b.centerCode,
        centerName: b.centerName,
        month: b.month,
        builtAt: b.builtAt.toISOString(),
        builtBy: b.builtByName,
        caseCount: b.packages.length,
        pages: b.packages.reduce((n, p) => n + p.pages, 0),
        packages: b.packages.map((p) => ({ archiveCode: p.archiveCode, caseNumber: p.caseNumber, file: packagePath(p.archiveCode), sha256: p.sha256, rootHash: p.rootHash, pages: p.pages, documents: p.documents, retentionPeriod: p.retentionPeriod })),
      },
      null,
      2,
    ),
  );
}

/** The batch's files with its manifest added; the root hash is the manifest's SHA-256. */
export function sealBatch(files: ZipFiles): { files: ZipFiles; manifest: ManifestEntry[]; rootHash: string } {
  const manifest = Object.entries(files).map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length }));
  const text = manifestText(manifest);
  return { files: { ...files, [MANIFEST_FILE]: utf8(text) }, manifest, rootHash: sha256(utf8(text)) };
}

/** The root hash of a batch from its parts' hashes alone (verifying without the bytes of big packages twice). */
export function batchRootFromHashes(entries: readonly { path: string; sha256: string }[]): string {
  return sha256(utf8(manifestText(entries.map((e) => ({ ...e, size: 0 })))));
}
