// 网上申报 (portal, the owning citizen only) and 网上预审 (workbench, online.read / online.review
// with center scope): HTTP only; the use cases are the service's (decision 0043).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent, fileResponse } from '../../../contract/common.ts';
import {
  OnlineAcceptRequest,
  OnlineAcceptResult,
  OnlineApplicationCreate,
  OnlineApplicationDetail,
  OnlineApplicationList,
  OnlineCorrectionRequest,
  OnlineDraftSave,
  OnlineFileView,
  OnlineRefuseRequest,
  OnlineReuseRequest,
  OnlineReviewQuery,
  OnlineReviewQueue,
  OnlineUploadQuery,
  OnlineVersionBody,
  ReusableList,
  ReusableQuery,
} from '../../../contract/online.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf, citizenOf } from '../../platform/http/guard.ts';
import { publicUrlOf } from '../case/index.ts';
import { deleteFile, readFile, reusable, reuse, uploadFile } from './online.files.ts';
import { acceptOnline, refuseOnline, requestCorrection, reviewDetail, reviewQueue } from './online.review.ts';
import { createApplication, deleteDraft, myApplication, myApplications, saveDraft } from './online.service.ts';
import { actOnApplication } from './online.write.ts';

const portalTags = ['portal 网上申报'];
const staffTags = ['online 网上预审'];
const Id = z.object({ id: z.string().min(1).max(60) });
const FileId = Id.extend({ fileId: z.string().min(1).max(60) });
const bytes = fileResponse('application/octet-stream', 'The file as uploaded (its own content type)');
const uploadTypes = ['image/jpeg', 'image/png', 'application/pdf', 'application/octet-stream'];

/** A material's bytes, never cached by a shared proxy. */
function sendFile(reply: FastifyReply, f: { bytes: Buffer; contentType: string }) {
  return reply
    .header('content-type', f.contentType)
    .header('cache-control', 'private, no-store')
    .send(f.bytes as unknown as string);
}

export async function onlineRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(uploadTypes, { parseAs: 'buffer', bodyLimit: ctx.config.ONLINE_FILE_MAX_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  const citizen = { access: 'citizen' as const };
  const who = (req: { ip: string } & Parameters<typeof citizenOf>[0]) => ({ citizen: citizenOf(req), ip: req.ip });
  const staff = (req: { ip: string } & Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  const P = '/portal/online/applications';

  app.get(
    P,
    { config: citizen, schema: { operationId: 'listMyOnlineApplications', tags: portalTags, response: { 200: OnlineApplicationList } } },
    async (req) => myApplications(ctx, citizenOf(req)),
  );
  app.post(
    P,
    {
      config: citizen,
      schema: {
        operationId: 'createOnlineApplication',
        tags: portalTags,
        body: OnlineApplicationCreate,
        response: { 200: OnlineApplicationDetail },
      },
    },
    async (req) => createApplication(ctx, who(req), req.body),
  );
  app.get(
    `${P}/:id`,
    {
      config: citizen,
      schema: { operationId: 'getMyOnlineApplication', tags: portalTags, params: Id, response: { 200: OnlineApplicationDetail } },
    },
    async (req) => myApplication(ctx, citizenOf(req), req.params.id),
  );
  app.put(
    `${P}/:id`,
    {
      config: citizen,
      schema: {
        operationId: 'saveOnlineDraft',
        tags: portalTags,
        params: Id,
        body: OnlineDraftSave,
        response: { 200: OnlineApplicationDetail },
      },
    },
    async (req) => saveDraft(ctx, who(req), req.params.id, req.body),
  );
  app.delete(
    `${P}/:id`,
    { config: citizen, schema: { operationId: 'deleteOnlineDraft', tags: portalTags, params: Id, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteDraft(ctx, who(req), req.params.id);
      return reply.code(204).send();
    },
  );
  app.post(
    `${P}/:id/files`,
    {
      config: citizen,
      schema: {
        operationId: 'uploadOnlineFile',
        tags: portalTags,
        params: Id,
        querystring: OnlineUploadQuery,
        response: { 200: OnlineFileView },
      },
    },
    async (req) => uploadFile(ctx, who(req), req.params.id, req.query, req.body),
  );
  app.delete(
    `${P}/:id/files/:fileId`,
    { config: citizen, schema: { operationId: 'deleteOnlineFile', tags: portalTags, params: FileId, response: { 204: NoContent } } },
    async (req, reply) => {
      await deleteFile(ctx, who(req), req.params.id, req.params.fileId);
      return reply.code(204).send();
    },
  );
  app.get(
    `${P}/:id/files/:fileId`,
    { config: citizen, schema: { operationId: 'getMyOnlineFile', tags: portalTags, params: FileId, response: { 200: bytes } } },
    async (req, reply) => sendFile(reply, await readFile(ctx, who(req), req.params.id, req.params.fileId)),
  );
  app.get(
    '/portal/online/reusable',
    {
      config: citizen,
      schema: { operationId: 'listReusableMaterials', tags: portalTags, querystring: ReusableQuery, response: { 200: ReusableList } },
    },
    async (req) => reusable(ctx, citizenOf(req), req.query.materialId),
  );
  app.post(
    `${P}/:id/reuse`,
    {
      config: citizen,
      schema: {
        operationId: 'reuseOnlineMaterial',
        tags: portalTags,
        params: Id,
        body: OnlineReuseRequest,
        response: { 200: OnlineFileView },
      },
    },
    async (req) => reuse(ctx, who(req), req.params.id, req.body),
  );
  for (const action of ['submit', 'resubmit'] as const) {
    app.post(
      `${P}/:id/${action}`,
      {
        config: citizen,
        schema: {
          operationId: `${action}OnlineApplication`,
          tags: portalTags,
          params: Id,
          body: OnlineVersionBody,
          response: { 200: OnlineApplicationDetail },
        },
      },
      async (req) => {
        await actOnApplication(ctx, who(req), req.params.id, action, { version: req.body.version });
        return myApplication(ctx, citizenOf(req), req.params.id);
      },
    );
  }
  app.post(
    `${P}/:id/withdraw`,
    {
      config: citizen,
      schema: { operationId: 'withdrawOnlineApplication', tags: portalTags, params: Id, response: { 200: OnlineApplicationDetail } },
    },
    async (req) => {
      await actOnApplication(ctx, who(req), req.params.id, 'withdraw', {});
      return myApplication(ctx, citizenOf(req), req.params.id);
    },
  );

  // ---- 网上预审 (workbench) ----
  const R = '/online/reviews';
  app.get(
    R,
    {
      config: { permission: 'online.read' },
      schema: { operationId: 'listOnlineReviews', tags: staffTags, querystring: OnlineReviewQuery, response: { 200: OnlineReviewQueue } },
    },
    async (req) => reviewQueue(ctx, actorOf(req), req.query),
  );
  app.get(
    `${R}/:id`,
    {
      config: { permission: 'online.read' },
      schema: { operationId: 'getOnlineReview', tags: staffTags, params: Id, response: { 200: OnlineApplicationDetail } },
    },
    async (req) => reviewDetail(ctx, actorOf(req), req.params.id),
  );
  app.get(
    `${R}/:id/files/:fileId`,
    {
      config: { permission: 'online.read' },
      schema: { operationId: 'getOnlineReviewFile', tags: staffTags, params: FileId, response: { 200: bytes } },
    },
    async (req, reply) => sendFile(reply, await readFile(ctx, staff(req), req.params.id, req.params.fileId)),
  );
  app.post(
    `${R}/:id/accept`,
    {
      config: { permission: 'online.review' },
      schema: {
        operationId: 'acceptOnlineApplication',
        tags: staffTags,
        params: Id,
        body: OnlineAcceptRequest,
        response: { 200: OnlineAcceptResult },
      },
    },
    async (req) => acceptOnline(ctx, staff(req), req.params.id, publicUrlOf(ctx, req)),
  );
  app.post(
    `${R}/:id/correction`,
    {
      config: { permission: 'online.review' },
      schema: {
        operationId: 'requestOnlineCorrection',
        tags: staffTags,
        params: Id,
        body: OnlineCorrectionRequest,
        response: { 200: OnlineApplicationDetail },
      },
    },
    async (req) => requestCorrection(ctx, staff(req), req.params.id, req.body),
  );
  app.post(
    `${R}/:id/refuse`,
    {
      config: { permission: 'online.review' },
      schema: {
        operationId: 'refuseOnlineApplication',
        tags: staffTags,
        params: Id,
        body: OnlineRefuseRequest,
        response: { 200: OnlineApplicationDetail },
      },
    },
    async (req) => refuseOnline(ctx, staff(req), req.params.id, req.body.reasons),
  );
}
