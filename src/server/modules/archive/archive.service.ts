// The archive's use cases (issue #18, decision 0040). Building a batch: every ended case of
// the center up to the month's end gets its package (rendered, zipped, stored in the file
// store), the register is written, then ONE transaction records the batch, its packages and
// the audit row; after it, each case is archived through the case's one write path (actOnCase,
// the states table's `archive` row), idempotent per batch so a rerun completes a batch that
// was interrupted. Batches and packages are never changed afterwards.
import { DomainError } from '../../../domain/errors/index.ts';
import { archiveCode, isMonth, monthEnd, monthIsOver, retentionPeriods, type Month, type RetentionPeriod } from '../../../domain/archive/index.ts';
import { caseStateInfo, type CaseState } from '../../../domain/case/index.ts';
import type { ArchiveBatchDetail, ArchiveBatchList, ArchiveBatchView, ArchivePackageView } from '../../../contract/archive.ts';
import { auditBy, auditAs } from '../../platform/audit/audit.ts';
import type { Actor, AppContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { chinaToday } from '../calendar/index.ts';
import { actOnCase, caseFileForArchive, casesToArchive, shipmentsOfCase, type CaseBy } from '../case/index.ts';
import { paymentsOfCase } from '../fee/index.ts';
import { assertCenterInScope, centerIdInScope, centersById, findCenter } from '../org/index.ts';
import { archiveFiles } from './archive.files.ts';
import { archiveBatches, auditOfCase, countBatches, batchOf, findBatch, insertBatch, listBatches, packagesOf, type BatchRow, type PackageRow } from './archive.queries.ts';
import { BATCH_FILE, REGISTER_FILE, batchJson, batchRootFromHashes, packagePath } from './batch/batch-files.ts';
import { registerXlsx } from './batch/register.ts';
import { buildPackage, sha256 } from './package/build-package.ts';
import { endStateOf } from './package/metadata.ts';

export type ArchiveBy = CaseBy;
export const ARCHIVE_JOB_ACTOR = { system: '系统（月度归档任务）' } as const;

const nameOf = (by: ArchiveBy) => ('system' in by ? by.system : by.actor.name);
/** Midnight that starts `date` in China (UTC+8): the end of the month before it. */
const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);

function batchView(b: BatchRow, centerName: string): ArchiveBatchView {
  return { id: b.id, centerId: b.centerId, centerName, month: b.month, caseCount: b.caseCount, pages: b.pages, rootHash: b.rootHash, registerSha256: b.registerSha256, builtAt: b.builtAt.toISOString(), builtByName: b.builtByName };
}

function packageView(p: PackageRow): ArchivePackageView {
  return {
    id: p.id,
    caseId: p.caseId,
    caseNumber: p.caseNumber,
    archiveCode: p.archiveCode,
    itemName: p.itemName,
    applicantName: p.applicantName,
    endState: p.endState,
    endedAt: p.endedAt.toISOString(),
    retentionPeriod: p.retentionPeriod,
    retentionLabel: retentionPeriods[p.retentionPeriod].zh,
    pages: p.pages,
    documents: p.documents,
    sha256: p.sha256,
    size: p.size,
    rootHash: p.rootHash,
    archivedAt: p.archivedAt.toISOString(),
  };
}

export async function readableBatch(ctx: AppContext, actor: Actor, id: string) {
  const batch = await findBatch(ctx.db, id);
  if (!batch) throw new DomainError('NOT_FOUND', { object: 'archiveBatch', id });
  const center = await assertCenterInScope(ctx.db, actor, batch.centerId);
  return { batch, center };
}

export async function batchDetail(ctx: AppContext, actor: Actor, id: string): Promise<ArchiveBatchDetail> {
  const { batch, center } = await readableBatch(ctx, actor, id);
  return { ...batchView(batch, center.name), packages: (await packagesOf(ctx.db, id)).map(packageView) };
}

export async function batchList(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }): Promise<ArchiveBatchList> {
  const where = centerIdInScope(actor, archiveBatches.centerId);
  const [rows, total] = await Promise.all([listBatches(ctx.db, where, q.pageSize, (q.page - 1) * q.pageSize), countBatches(ctx.db, where)]);
  const centers = await centersById(ctx.db, rows.map((r) => r.centerId));
  return { items: rows.map((r) => batchView(r, centers.get(r.centerId)?.name ?? '')), total, page: q.page, pageSize: q.pageSize };
}

/** The batch files as recorded: batch.json is rebuilt from the rows, the rest are in the file store. */
export function batchFacts(batch: BatchRow, center: { code: string; name: string }, packages: readonly PackageRow[]) {
  return { id: batch.id, centerCode: center.code, centerName: center.name, month: batch.month, builtAt: batch.builtAt, builtByName: batch.builtByName, packages };
}

/**
 * Build `month`'s batch of one center. An archivist (on demand) gets 409 when it exists; the
 * job (system) instead completes it: any case of it not yet archived is archived now.
 */
export async function buildBatch(ctx: AppContext, by: ArchiveBy, centerId: string, month: string, now = new Date()): Promise<ArchiveBatchDetail> {
  if (!isMonth(month)) throw new DomainError('VALIDATION_FAILED', { field: 'month' });
  if (!monthIsOver(month, chinaToday(now))) throw new DomainError('ARCHIVE_MONTH_NOT_OVER', { month });
  const center = 'system' in by ? await findCenter(ctx.db, centerId) : await assertCenterInScope(ctx.db, by.actor, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const existing = await batchOf(ctx.db, centerId, month);
  if (existing) {
    if (!('system' in by)) throw new DomainError('ARCHIVE_BATCH_EXISTS', { batchId: existing.id, month });
    await archiveCases(ctx, by, existing, await packagesOf(ctx.db, existing.id), now);
    return { ...batchView(existing, center.name), packages: (await packagesOf(ctx.db, existing.id)).map(packageView) };
  }

  const files = await archiveFiles(ctx);
  const batchId = newId(now.getTime());
  const archivedBy = nameOf(by);
  const year = month.slice(0, 4);
  const counters = new Map<RetentionPeriod, number>();
  const packages: PackageRow[] = [];
  for (const c of await casesToArchive(ctx.db, centerId, chinaMidnight(monthEnd(month as Month)))) {
    const file = (await caseFileForArchive(ctx.db, c.id))!;
    const retention = file.item.retentionPeriod;
    const itemNo = (counters.get(retention) ?? 0) + 1;
    counters.set(retention, itemNo);
    const code = archiveCode(center.code, month as Month, retention, itemNo);
    const audit = await auditOfCase(ctx.db, c.id, file.tasks.map((t) => t.id));
    const [payments, shipments] = await Promise.all([paymentsOfCase(ctx.db, c.id), shipmentsOfCase(ctx.db, c.id)]);
    const built = await buildPackage({ file, audit, files, font: { setting: ctx.config.PDF_FONT_PATH, log: ctx.log }, archive: { archiveCode: code, year, batchMonth: month, archivedAt: now, archivedBy, payments, shipments } });
    const stored = await files.put(built.zip, { allowed: ['zip'] });
    packages.push({
      id: newId(now.getTime()),
      batchId,
      caseId: c.id,
      caseNumber: c.number,
      archiveCode: code,
      itemNo,
      itemName: file.case.itemName,
      applicantName: file.applicant.name,
      endState: endStateOf(file),
      endedAt: new Date(c.endedAt),
      retentionPeriod: retention,
      pages: built.pages,
      documents: built.documents,
      sha256: stored.sha256,
      size: stored.size,
      rootHash: built.rootHash,
      manifest: built.manifest,
      archivedAt: now,
    });
  }

  const register = await registerXlsx(
    { centerName: center.name, month, builtBy: archivedBy },
    packages.map((p) => ({
      archiveCode: p.archiveCode,
      caseNumber: p.caseNumber,
      itemName: p.itemName,
      applicantName: p.applicantName,
      endState: caseStateInfo[p.endState as CaseState]?.zh ?? p.endState,
      endedOn: chinaToday(p.endedAt),
      retentionPeriod: p.retentionPeriod,
      documents: p.documents,
      pages: p.pages,
      archivedOn: chinaToday(now),
      archivedBy,
      rootHash: p.rootHash,
    })),
  );
  const storedRegister = await files.put(register, { allowed: ['zip'] });
  const batch: BatchRow = {
    id: batchId,
    centerId,
    month,
    caseCount: packages.length,
    pages: packages.reduce((n, p) => n + p.pages, 0),
    rootHash: '',
    registerSha256: storedRegister.sha256,
    registerSize: storedRegister.size,
    builtAt: now,
    builtBy: 'system' in by ? null : by.actor.staffId,
    builtByName: archivedBy,
  };
  batch.rootHash = batchRootFromHashes([
    ...packages.map((p) => ({ path: packagePath(p.archiveCode), sha256: p.sha256 })),
    { path: REGISTER_FILE, sha256: storedRegister.sha256 },
    { path: BATCH_FILE, sha256: sha256(batchJson(batchFacts(batch, center, packages))) },
  ]);
  try {
    await ctx.db.transaction(async (tx) => {
      await insertBatch(tx, batch, packages);
      const entry = { centerId, action: 'archive.batch.build', objectType: 'archiveBatch', objectId: batchId, summary: { month, cases: packages.length, rootHash: batch.rootHash } };
      if ('system' in by) await auditBy(tx, { systemLabel: by.system }, entry);
      else await auditAs(tx, by, entry);
    });
  } catch (e) {
    // Two builders of one month (the job and an archivist): the unique index lets one win.
    if ((e as { code?: string; cause?: { code?: string } }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505') throw new DomainError('ARCHIVE_BATCH_EXISTS', { month });
    throw e;
  }
  await archiveCases(ctx, by, batch, packages, now);
  return { ...batchView(batch, center.name), packages: packages.map(packageView) };
}

/** Archive each case of the batch through the one write path; a rerun acts once (idempotency key). */
async function archiveCases(ctx: AppContext, by: ArchiveBy, batch: BatchRow, packages: readonly PackageRow[], now: Date): Promise<void> {
  const publicUrl = ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
  const failed: string[] = [];
  for (const p of packages) {
    try {
      await actOnCase(ctx.db, by, p.caseId, 'archive', { note: `归档：档号 ${p.archiveCode}，批次 ${batch.month}，案卷根摘要 ${p.rootHash}` }, `archive:${batch.id}`, { publicUrl, now });
    } catch (e) {
      if (e instanceof DomainError && e.code === 'CASE_ARCHIVED') continue; // archived by an earlier run of this batch
      failed.push(`${p.caseNumber}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed.length) throw new Error(`归档批次 ${batch.month}：${failed.length} 件未能标记为已归档：${failed.join('；').slice(0, 400)}`);
}

export { packagesOf };
