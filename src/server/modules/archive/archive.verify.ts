// Downloads and verification. A batch zip is put together from the stored parts on request
// (packages and register from the file store, batch.json from the rows, the manifest over
// them); verifying recomputes every hash, of the stored copies or of a copy sent back, and
// names the file that broke.
import { DomainError } from '../../../domain/errors/index.ts';
import { MANIFEST_FILE, compareListings, parseManifest, type FileProblem } from '../../../domain/archive/index.ts';
import type { ArchiveVerification } from '../../../contract/archive.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { Actor, AppContext } from '../../platform/context.ts';
import { FileCryptoError } from '../../platform/files/index.ts';
import { archiveFiles } from './archive.files.ts';
import { findPackage, findPackageByCode, packagesOf, type PackageRow } from './archive.queries.ts';
import { batchFacts, readableBatch } from './archive.service.ts';
import { BATCH_FILE, REGISTER_FILE, batchJson, batchRootFromHashes, packagePath, sealBatch } from './batch/batch-files.ts';
import { sha256 } from './package/build-package.ts';
import { text, unzipFiles, zipFiles, type ZipFiles } from './package/zip.ts';

type Who = { actor: Actor; ip: string };
type Problem = ArchiveVerification['problems'][number];

async function storedBlob(ctx: AppContext, sha: string): Promise<Buffer | 'missing' | 'unreadable'> {
  try {
    const blob = await (await archiveFiles(ctx)).get(sha);
    return blob ? blob.bytes : 'missing';
  } catch (e) {
    if (e instanceof FileCryptoError) return 'unreadable';
    throw e;
  }
}

/** The batch as one zip: packages/<档号>.zip, register.xlsx, batch.json, manifest.sha256. */
export async function batchZip(ctx: AppContext, actor: Actor, id: string): Promise<{ zip: Buffer; fileName: string }> {
  const { batch, center } = await readableBatch(ctx, actor, id);
  const packages = await packagesOf(ctx.db, id);
  const files: ZipFiles = {};
  for (const p of packages) {
    const blob = await storedBlob(ctx, p.sha256);
    if (typeof blob === 'string') throw new DomainError('NOT_FOUND', { object: 'archivePackageFile', archiveCode: p.archiveCode, problem: blob });
    files[packagePath(p.archiveCode)] = blob;
  }
  const register = await storedBlob(ctx, batch.registerSha256);
  if (typeof register === 'string') throw new DomainError('NOT_FOUND', { object: 'archiveRegister', problem: register });
  files[REGISTER_FILE] = register;
  files[BATCH_FILE] = batchJson(batchFacts(batch, center, packages));
  return { zip: zipFiles(sealBatch(files).files, batch.builtAt), fileName: `archive-${center.code}-${batch.month}.zip` };
}

export async function packageZip(ctx: AppContext, actor: Actor, id: string): Promise<{ zip: Buffer; fileName: string }> {
  const p = await findPackage(ctx.db, id);
  if (!p) throw new DomainError('NOT_FOUND', { object: 'archivePackage', id });
  await readableBatch(ctx, actor, p.batchId);
  const blob = await storedBlob(ctx, p.sha256);
  if (typeof blob === 'string') throw new DomainError('NOT_FOUND', { object: 'archivePackageFile', archiveCode: p.archiveCode, problem: blob });
  return { zip: blob, fileName: `${p.archiveCode}.zip` };
}

/** A package's zip against its recorded manifest and its own manifest.sha256. */
function checkPackage(bytes: Uint8Array, recorded: PackageRow | undefined): { problems: Problem[]; rootHash: string } {
  const files = unzipFiles(bytes);
  if (!files) return { problems: [{ path: '', problem: 'unreadable' }], rootHash: '' };
  const manifestBytes = files[MANIFEST_FILE];
  const found = Object.entries(files)
    .filter(([path]) => path !== MANIFEST_FILE)
    .map(([path, b]) => ({ path, sha256: sha256(b) }));
  const own = manifestBytes ? parseManifest(text(manifestBytes)).entries : [];
  const problems: FileProblem[] = compareListings(recorded ? recorded.manifest : own, found);
  const rootHash = manifestBytes ? sha256(manifestBytes) : '';
  if (!manifestBytes) problems.push({ path: MANIFEST_FILE, problem: 'missing' });
  else if (recorded && rootHash !== recorded.rootHash) problems.push({ path: MANIFEST_FILE, problem: 'altered' });
  return { problems, rootHash };
}

/** Verify the stored copies of a batch: every package, the register, and the batch's root hash. Audited. */
export async function verifyStoredBatch(ctx: AppContext, who: Who, id: string, now = new Date()): Promise<ArchiveVerification> {
  const { batch, center } = await readableBatch(ctx, who.actor, id);
  const packages = await packagesOf(ctx.db, id);
  const problems: Problem[] = [];
  const checks: ArchiveVerification['packages'] = [];
  const hashes: { path: string; sha256: string }[] = [];
  for (const p of packages) {
    const path = packagePath(p.archiveCode);
    const blob = await storedBlob(ctx, p.sha256);
    if (typeof blob === 'string') {
      problems.push({ path, problem: blob });
      checks.push({ caseNumber: p.caseNumber, archiveCode: p.archiveCode, intact: false, problems: [{ path: '', problem: blob }] });
      continue;
    }
    const actual = sha256(blob);
    hashes.push({ path, sha256: actual });
    if (actual !== p.sha256) problems.push({ path, problem: 'altered' });
    const r = checkPackage(blob, p);
    checks.push({ caseNumber: p.caseNumber, archiveCode: p.archiveCode, intact: r.problems.length === 0, problems: r.problems });
  }
  const register = await storedBlob(ctx, batch.registerSha256);
  if (typeof register === 'string') problems.push({ path: REGISTER_FILE, problem: register });
  else hashes.push({ path: REGISTER_FILE, sha256: sha256(register) });
  const sealed = sealBatch({ [BATCH_FILE]: batchJson(batchFacts(batch, center, packages)) });
  hashes.push({ path: BATCH_FILE, sha256: sealed.manifest[0]!.sha256 });
  const rootHash = batchRootFromHashes(hashes);
  if (rootHash !== batch.rootHash && problems.length === 0) problems.push({ path: MANIFEST_FILE, problem: 'altered' });
  const intact = problems.length === 0 && checks.every((c) => c.intact);
  await ctx.db.transaction((tx) => auditAs(tx, who, { centerId: batch.centerId, action: 'archive.batch.verify', objectType: 'archiveBatch', objectId: id, summary: { month: batch.month, intact, broken: checks.filter((c) => !c.intact).map((c) => c.archiveCode) } }));
  return { source: 'stored', kind: 'batch', intact, batchId: id, rootHash, recordedRootHash: batch.rootHash, problems, packages: checks, checkedAt: now.toISOString() };
}

/**
 * Verify a copy sent back (a downloaded batch or package, e.g. the archive office's copy):
 * against its own manifest and, where the rows know it, against what was recorded.
 */
export async function verifyUpload(ctx: AppContext, who: Who, bytes: Buffer, now = new Date()): Promise<ArchiveVerification> {
  const files = Buffer.isBuffer(bytes) ? unzipFiles(bytes) : null;
  if (!files) throw new DomainError('ARCHIVE_FILE_UNREADABLE');
  const manifestBytes = files[MANIFEST_FILE];
  const rootHash = manifestBytes ? sha256(manifestBytes) : '';
  if (files[BATCH_FILE]) {
    let meta: { id?: string; packages?: { archiveCode: string; caseNumber: string; file: string }[] };
    try {
      meta = JSON.parse(text(files[BATCH_FILE]!)) as typeof meta;
    } catch {
      meta = {};
    }
    const { batch } = meta.id ? await readableBatch(ctx, who.actor, meta.id).catch(() => ({ batch: undefined })) : { batch: undefined };
    const recorded = batch ? await packagesOf(ctx.db, batch.id) : [];
    const own = manifestBytes ? parseManifest(text(manifestBytes)).entries : [];
    const found = Object.entries(files)
      .filter(([path]) => path !== MANIFEST_FILE)
      .map(([path, b]) => ({ path, sha256: sha256(b) }));
    const problems: Problem[] = compareListings(own, found);
    if (!manifestBytes) problems.push({ path: MANIFEST_FILE, problem: 'missing' });
    else if (batch && rootHash !== batch.rootHash) problems.push({ path: MANIFEST_FILE, problem: 'altered' });
    const checks = (batch ? recorded : []).map((p) => {
      const b = files[packagePath(p.archiveCode)];
      const r = b ? checkPackage(b, p) : { problems: [{ path: '', problem: 'missing' as const }] };
      return { caseNumber: p.caseNumber, archiveCode: p.archiveCode, intact: r.problems.length === 0, problems: r.problems };
    });
    const intact = !!batch && problems.length === 0 && checks.every((c) => c.intact);
    await audit(ctx, who, batch?.centerId ?? who.actor.centerId, batch?.id ?? null, 'batch', intact);
    return { source: 'upload', kind: 'batch', intact, batchId: batch?.id ?? null, rootHash, recordedRootHash: batch?.rootHash ?? null, problems, packages: checks, checkedAt: now.toISOString() };
  }
  if (files['metadata.json']) {
    let code = '';
    try {
      code = (JSON.parse(text(files['metadata.json']!)) as { archive?: { archiveCode?: string } }).archive?.archiveCode ?? '';
    } catch {
      /* an altered metadata.json shows up in the hash comparison */
    }
    const recorded = await recordedPackage(ctx, who.actor, code);
    const r = checkPackage(bytes, recorded);
    const intact = !!recorded && r.problems.length === 0;
    await audit(ctx, who, who.actor.centerId, recorded?.batchId ?? null, 'package', intact);
    return {
      source: 'upload',
      kind: 'package',
      intact,
      batchId: recorded?.batchId ?? null,
      rootHash,
      recordedRootHash: recorded?.rootHash ?? null,
      problems: [],
      packages: [{ caseNumber: recorded?.caseNumber ?? '', archiveCode: recorded?.archiveCode ?? code, intact, problems: r.problems }],
      checkedAt: now.toISOString(),
    };
  }
  throw new DomainError('ARCHIVE_FILE_UNREADABLE');
}

/** The recorded package of an uploaded one: by its 档号 (its metadata may be what was altered). */
async function recordedPackage(ctx: AppContext, actor: Actor, archiveCode: string): Promise<PackageRow | undefined> {
  if (!archiveCode) return undefined;
  const p = await findPackageByCode(ctx.db, archiveCode);
  if (!p) return undefined;
  const batch = await readableBatch(ctx, actor, p.batchId).catch(() => undefined);
  return batch ? p : undefined;
}

async function audit(ctx: AppContext, who: Who, centerId: string, batchId: string | null, kind: string, intact: boolean) {
  await ctx.db.transaction((tx) => auditAs(tx, who, { centerId, action: 'archive.verify-upload', objectType: 'archiveBatch', objectId: batchId, summary: { kind, intact } }));
}
