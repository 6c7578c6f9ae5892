// HTTP face of the archive (issue #18): the archivist's batches, their downloads, verification,
// and a month's batch built on demand. Answers in src/contract/archive.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ArchiveBatchDetail, ArchiveBatchList, ArchiveBuildRequest, ArchiveVerification } from '../../../contract/archive.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { fileResponse } from '../../../contract/common.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { batchDetail, batchList, buildBatch } from './archive.service.ts';
import { batchZip, packageZip, verifyStoredBatch, verifyUpload } from './archive.verify.ts';

const tags = ['archive 归档'];
const IdParam = z.object({ id: z.string().max(64) });
const ZIP = 'application/zip';

export async function archiveRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  app.addContentTypeParser([ZIP, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: ctx.config.ARCHIVE_PACKAGE_MAX_BYTES }, (_req, body, done) => done(null, body));

  /** A download of personal data in bulk: audited before the bytes leave. */
  const send = async (req: FastifyRequest, reply: FastifyReply, file: { zip: Buffer; fileName: string }, objectType: string, id: string) => {
    const w = who(req);
    await ctx.db.transaction((tx) => auditAs(tx, w, { centerId: w.actor.centerId, action: 'archive.download', objectType, objectId: id, summary: { file: file.fileName, size: file.zip.length } }));
    return reply
      .header('content-type', ZIP)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(file.zip as unknown as string);
  };

  app.get(
    '/archive/batches',
    { config: { permission: 'archive.read' }, schema: { operationId: 'listArchiveBatches', tags, querystring: pageQuery, response: { 200: ArchiveBatchList } } },
    async (req) => batchList(ctx, actorOf(req), req.query),
  );

  app.post(
    '/archive/batches',
    { config: { permission: 'archive.manage' }, schema: { operationId: 'buildArchiveBatch', tags, body: ArchiveBuildRequest, response: { 200: ArchiveBatchDetail } } },
    async (req) => buildBatch(ctx, who(req), req.body.centerId ?? actorOf(req).centerId, req.body.month),
  );

  app.get(
    '/archive/batches/:id',
    { config: { permission: 'archive.read' }, schema: { operationId: 'getArchiveBatch', tags, params: IdParam, response: { 200: ArchiveBatchDetail } } },
    async (req) => batchDetail(ctx, actorOf(req), req.params.id),
  );

  app.get(
    '/archive/batches/:id/zip',
    { config: { permission: 'archive.read' }, schema: { operationId: 'downloadArchiveBatch', tags, produces: [ZIP], params: IdParam, response: { 200: fileResponse(ZIP, 'The batch: packages/<档号>.zip, register.xlsx, batch.json, manifest.sha256') } } },
    async (req, reply) => send(req, reply, await batchZip(ctx, actorOf(req), req.params.id), 'archiveBatch', req.params.id),
  );

  app.get(
    '/archive/packages/:id/zip',
    { config: { permission: 'archive.read' }, schema: { operationId: 'downloadArchivePackage', tags, produces: [ZIP], params: IdParam, response: { 200: fileResponse(ZIP, 'One case’s package as sealed') } } },
    async (req, reply) => send(req, reply, await packageZip(ctx, actorOf(req), req.params.id), 'archivePackage', req.params.id),
  );

  app.post(
    '/archive/batches/:id/verify',
    { config: { permission: 'archive.read' }, schema: { operationId: 'verifyArchiveBatch', tags, params: IdParam, response: { 200: ArchiveVerification } } },
    async (req) => verifyStoredBatch(ctx, who(req), req.params.id),
  );

  app.post(
    '/archive/verify',
    {
      config: { permission: 'archive.read' },
      bodyLimit: ctx.config.ARCHIVE_PACKAGE_MAX_BYTES,
      schema: { operationId: 'verifyArchiveUpload', tags, consumes: [ZIP, 'application/octet-stream'], response: { 200: ArchiveVerification } },
    },
    async (req) => verifyUpload(ctx, who(req), req.body as Buffer),
  );
}
