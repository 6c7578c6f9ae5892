// HTTP face of the special steps (routes listed in src/contract/special.ts). The hearing's
// notices are case actions (POST /cases/:id/actions), not routes of their own.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../../../contract/common.ts';
import { CollectiveInput, ExpertReviewInput, HearingRecordInput, InspectionInput, PendingSignatures, SignatureInput, SpecialRecordView, SpecialStepsView } from '../../../../../contract/special.ts';
import type { AppContext } from '../../../../platform/context.ts';
import { actorOf } from '../../../../platform/http/guard.ts';
import { publicUrlOf } from '../../case.routes.ts';
import { acceptUploads, caseFiles, uploadTypes } from '../../case.uploads.ts';
import { specialRecordPdf } from './special.print.ts';
import { addInspectionPhoto, pendingSignatures, readInspectionPhoto, recordCollective, recordExpertReview, recordHearing, recordInspection, signInspection, specialRecordForPrint, specialSteps } from './special.service.ts';

const tags = ['special 特别程序'];
const IdParam = z.object({ id: z.string() });
const RecordParam = z.object({ id: z.string(), recordId: z.string() });
const work = { permission: 'task.work' } as const;

export async function specialStepRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const files = () => caseFiles(ctx);
  acceptUploads(app, ctx);

  app.get('/cases/:id/special', { config: work, schema: { operationId: 'getCaseSpecialSteps', tags, params: IdParam, response: { 200: SpecialStepsView } } }, async (req) =>
    specialSteps(ctx.db, actorOf(req), req.params.id),
  );

  app.get('/special/pending-signatures', { config: work, schema: { operationId: 'listPendingInspectionSignatures', tags, response: { 200: PendingSignatures } } }, async (req) =>
    pendingSignatures(ctx.db, actorOf(req)),
  );

  app.post('/cases/:id/special/inspections', { config: work, schema: { operationId: 'recordSiteInspection', tags, params: IdParam, body: InspectionInput, response: { 200: SpecialRecordView } } }, async (req) =>
    recordInspection(ctx.db, who(req), req.params.id, req.body),
  );

  app.post(
    '/cases/:id/special/records/:recordId/photos',
    {
      config: work,
      bodyLimit: ctx.config.FILE_MAX_BYTES,
      schema: { operationId: 'addInspectionPhoto', tags, consumes: uploadTypes, params: RecordParam, querystring: z.object({ name: z.string().trim().max(200).default('') }), response: { 200: SpecialRecordView } },
    },
    async (req) => addInspectionPhoto(ctx.db, await files(), who(req), req.params.id, req.params.recordId, req.body as Buffer, req.query.name),
  );

  app.get(
    '/cases/:id/special/records/:recordId/photos/:sha256',
    {
      config: work,
      schema: { operationId: 'getInspectionPhoto', tags, params: z.object({ id: z.string(), recordId: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 200: fileResponse('application/octet-stream', 'The photo as stored (its own content type)') } },
    },
    async (req, reply) => {
      const file = await readInspectionPhoto(ctx.db, await files(), actorOf(req), req.params.id, req.params.recordId, req.params.sha256);
      return reply.header('content-type', file.contentType).header('cache-control', 'private, no-store').send(file.bytes as unknown as string);
    },
  );

  app.post(
    '/cases/:id/special/records/:recordId/signatures',
    { config: work, schema: { operationId: 'signInspectionRecord', tags, params: RecordParam, body: SignatureInput, response: { 200: SpecialRecordView } } },
    async (req) => signInspection(ctx.db, who(req), req.params.id, req.params.recordId, req.body.opinion),
  );

  app.get('/cases/:id/special/records/:recordId', { config: work, schema: { operationId: 'getSpecialRecord', tags, params: RecordParam, response: { 200: SpecialRecordView } } }, async (req) =>
    specialRecordForPrint(ctx.db, actorOf(req), req.params.id, req.params.recordId),
  );

  app.get(
    '/cases/:id/special/records/:recordId/pdf',
    { config: work, schema: { operationId: 'getSpecialRecordPdf', tags, produces: ['application/pdf'], params: RecordParam, response: { 200: fileResponse('application/pdf', 'The numbered record') } } },
    async (req, reply) => {
      const { pdf, fileName, asciiName } = await specialRecordPdf(ctx, await files(), actorOf(req), req.params.id, req.params.recordId, publicUrlOf(ctx, req));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(pdf as unknown as string);
    },
  );

  app.post('/cases/:id/special/expert-reviews', { config: work, schema: { operationId: 'recordExpertReview', tags, params: IdParam, body: ExpertReviewInput, response: { 200: SpecialRecordView } } }, async (req) =>
    recordExpertReview(ctx.db, who(req), req.params.id, req.body),
  );

  app.post('/cases/:id/special/hearing-records', { config: work, schema: { operationId: 'recordHearing', tags, params: IdParam, body: HearingRecordInput, response: { 200: SpecialRecordView } } }, async (req) =>
    recordHearing(ctx.db, who(req), req.params.id, req.body),
  );

  app.post(
    '/cases/:id/special/collective-discussions',
    { config: work, schema: { operationId: 'recordCollectiveDiscussion', tags, params: IdParam, body: CollectiveInput, response: { 200: SpecialRecordView } } },
    async (req) => recordCollective(ctx.db, who(req), req.params.id, req.body),
  );
}
