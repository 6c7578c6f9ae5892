// The materials of an online application (issue #19, decision 0043): uploaded from the phone
// (JPG, PNG or PDF, type sniffed, size limited, kept in the platform file store by SHA-256), or
// reused (免提交) from the account's earlier applications and from e-certificates whose holder is
// one of the account's subjects. A file is read back only by its owner or a clerk in scope.
import type { OnlineReuseRequest } from '../../../contract/online.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { AppContext, Citizen } from '../../platform/context.ts';
import { createFileStore, type FileStore, type SniffedType } from '../../platform/files/index.ts';
import { newId } from '../../platform/ids.ts';
import { caseIdsOfApplicants } from '../case/index.ts';
import { certificatePdfForCases, certificatesOfCases } from '../certificate/index.ts';
import { subjectIdentities } from '../citizen/index.ts';
import { assertReach, auditOnline, type OnlineBy } from './online.actor.ts';
import { itemDef } from './online.items.ts';
import { accountFile, countFiles, earlierFiles, findApplication, findFile, insertFile, removeFile } from './online.queries.ts';
import { lockEditable } from './online.service.ts';
import { fileView } from './online.views.ts';

type Who = { citizen: Citizen; ip: string };
const ALLOWED: readonly SniffedType[] = ['jpeg', 'png', 'pdf'];
const stores = new WeakMap<AppContext, Promise<FileStore>>();

/** The platform's file store (the same blobs the case's scans are read from). */
export function onlineFiles(ctx: AppContext): Promise<FileStore> {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = createFileStore(ctx.config)));
  return store;
}

/** The item and material must be the application's. */
async function materialOf(ctx: AppContext, items: readonly { itemId: string }[], itemId: string, materialId: string) {
  if (!items.some((i) => i.itemId === itemId)) throw new DomainError('ONLINE_MATERIAL_UNKNOWN', { itemId, materialId });
  const material = (await itemDef(ctx.db, itemId)).materials.find((m) => m.id === materialId);
  if (!material) throw new DomainError('ONLINE_MATERIAL_UNKNOWN', { itemId, materialId });
  return material;
}

type NewFile = {
  sha256: string;
  name: string;
  mime: string;
  size: number;
  reusedFrom: { kind: 'file' | 'certificate'; id: string; label?: string } | null;
};

async function addFile(
  ctx: AppContext,
  who: Who,
  id: string,
  target: { itemId: string; materialId: string },
  file: () => Promise<NewFile>,
  action: string,
  now: Date,
) {
  const pre = await lockEditable(ctx.db, who, id); // refused before anything is kept
  const material = await materialOf(ctx, pre.items, target.itemId, target.materialId);
  const f = await file();
  const fileId = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    const row = await lockEditable(tx, who, id);
    if ((await countFiles(tx, id, target.itemId, target.materialId)) >= ctx.config.ONLINE_FILES_PER_MATERIAL)
      throw new DomainError('ONLINE_TOO_MANY_FILES', { max: ctx.config.ONLINE_FILES_PER_MATERIAL });
    await insertFile(tx, {
      id: fileId,
      applicationId: id,
      accountId: who.citizen.accountId,
      itemId: target.itemId,
      materialId: target.materialId,
      materialName: material.name,
      ...f,
      createdAt: now,
    });
    await auditOnline(tx, who, {
      centerId: row.centerId,
      action,
      objectId: id,
      summary: { fileId, materialId: target.materialId, sha256: f.sha256, size: f.size, reusedFrom: f.reusedFrom },
    });
  });
  return fileView((await findFile(ctx.db, id, fileId))!);
}

export async function uploadFile(
  ctx: AppContext,
  who: Who,
  id: string,
  q: { itemId: string; materialId: string; name: string },
  bytes: unknown,
  now = new Date(),
) {
  if (!Buffer.isBuffer(bytes)) throw new DomainError('FILE_TYPE_NOT_ALLOWED', { allowed: ALLOWED });
  return addFile(
    ctx,
    who,
    id,
    q,
    async () => {
      const stored = await (await onlineFiles(ctx)).put(bytes, { allowed: ALLOWED, maxBytes: ctx.config.ONLINE_FILE_MAX_BYTES });
      return { sha256: stored.sha256, name: q.name, mime: stored.contentType, size: stored.size, reusedFrom: null };
    },
    'online.file.add',
    now,
  );
}

export async function deleteFile(ctx: AppContext, who: Who, id: string, fileId: string, now = new Date()) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockEditable(tx, who, id);
    if (!(await findFile(tx, id, fileId))) throw new DomainError('NOT_FOUND', { object: 'onlineFile', id: fileId });
    await removeFile(tx, fileId, now);
    await auditOnline(tx, who, { centerId: row.centerId, action: 'online.file.remove', objectId: id, summary: { fileId } });
  });
}

/** The bytes of a file of an application `by` may reach. */
export async function readFile(ctx: AppContext, by: OnlineBy, id: string, fileId: string) {
  assertReach(by, await findApplication(ctx.db, id), id);
  const f = await findFile(ctx.db, id, fileId);
  const blob = f ? await (await onlineFiles(ctx)).get(f.sha256) : null;
  if (!f || !blob) throw new DomainError('NOT_FOUND', { object: 'onlineFile', id: fileId });
  return { bytes: blob.bytes, contentType: blob.contentType, name: f.name };
}

async function ownCaseIds(ctx: AppContext, citizen: Citizen) {
  return caseIdsOfApplicants(ctx.db, await subjectIdentities(ctx.db, citizen), { decisionInForce: true });
}

/** 免提交: the account's earlier files and its subjects' e-certificates in force. */
export async function reusable(ctx: AppContext, citizen: Citizen, materialId?: string) {
  const [files, certificates] = await Promise.all([
    earlierFiles(ctx.db, citizen.accountId, materialId),
    ownCaseIds(ctx, citizen).then((ids) => certificatesOfCases(ctx.db, ids)),
  ]);
  return {
    items: [
      ...files.map((f) => ({
        kind: 'file' as const,
        id: f.id,
        name: f.name,
        materialId: f.materialId,
        materialName: f.materialName,
        mime: f.mime,
        size: f.size,
        certificateNumber: null,
        holderName: null,
        at: f.createdAt,
      })),
      ...certificates.map((c) => ({
        kind: 'certificate' as const,
        id: c.id,
        name: c.fileName,
        materialId: null,
        materialName: c.name,
        mime: 'application/pdf',
        size: c.size,
        certificateNumber: c.number,
        holderName: c.holder,
        at: c.issuedAt,
      })),
    ],
  };
}

export async function reuse(ctx: AppContext, who: Who, id: string, req: OnlineReuseRequest, now = new Date()) {
  return addFile(
    ctx,
    who,
    id,
    req,
    async () => {
      if (req.source.kind === 'file') {
        const earlier = await accountFile(ctx.db, who.citizen.accountId, req.source.fileId);
        if (!earlier) throw new DomainError('NOT_FOUND', { object: 'onlineFile', id: req.source.fileId });
        return {
          sha256: earlier.sha256,
          name: earlier.name,
          mime: earlier.mime,
          size: earlier.size,
          reusedFrom: { kind: 'file', id: earlier.id, label: earlier.materialName },
        };
      }
      const cert = await certificatePdfForCases(ctx.db, req.source.certificateId, await ownCaseIds(ctx, who.citizen), now);
      if (!cert) throw new DomainError('NOT_FOUND', { object: 'certificate', id: req.source.certificateId });
      const stored = await (await onlineFiles(ctx)).put(cert.pdf, { allowed: ['pdf'] });
      return {
        sha256: stored.sha256,
        name: cert.fileName,
        mime: stored.contentType,
        size: stored.size,
        reusedFrom: { kind: 'certificate', id: cert.id, label: cert.number },
      };
    },
    'online.file.reuse',
    now,
  );
}
