// HTTP face of the case core (routes listed in src/contract/case.ts). Staff routes only;
// the public tracking route lives in tracking/.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicantLookup,
  CaseActionRequest,
  CaseActionResult,
  CaseByNumber,
  CaseList,
  CaseListQuery,
  CaseMaterialView,
  CasePage,
  HandoverConfirm,
  HandoverCreate,
  HandoverView,
  IntakeRequest,
  IntakeResult,
  RevealResult,
  VerificationList,
  VerificationListQuery,
} from '../../../contract/case.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { actOnCase } from './case.write.ts';
import { intake } from './intake/intake.service.ts';
import { noticePdf } from './notices/notice.service.ts';
import { confirmHandover, createHandover } from './handover/handover.service.ts';
import { addScan, readScan } from './scans/scan.service.ts';
import { acceptUploads, caseFiles, uploadTypes } from './case.uploads.ts';
import { fileResponse } from '../../../contract/common.ts';
import { lookupApplicant } from './read/applicant.read.ts';
import { caseByNumber, listCases } from './read/list.read.ts';
import { casePage, revealCase } from './read/page.read.ts';
import { listVerifications } from './read/verification.read.ts';
import { escalationRoutes } from './escalation/escalation.routes.ts';

const tags = ['case 办件'];
const IdParam = z.object({ id: z.string() });

export function publicUrlOf(ctx: AppContext, req: FastifyRequest): string {
  return ctx.config.PUBLIC_URL || `${req.protocol}://${req.host}`;
}

export async function caseRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });

  app.post(
    '/cases/applications',
    { config: { permission: 'case.intake' }, schema: { operationId: 'createCaseApplication', tags, body: IntakeRequest, response: { 200: IntakeResult } } },
    async (req) => intake(ctx.db, who(req), req.body, new Date(), { publicUrl: publicUrlOf(ctx, req) }),
  );

  app.get(
    '/cases/applicants/lookup',
    {
      config: { permission: 'case.intake' },
      schema: { operationId: 'lookupCaseApplicant', tags, querystring: z.object({ idType: z.enum(['111', '414', 'uscc']), idNumber: z.string().trim().min(1).max(40) }), response: { 200: ApplicantLookup } },
    },
    async (req) => lookupApplicant(ctx.db, who(req), req.query.idType, req.query.idNumber),
  );

  app.post(
    '/cases/:id/actions',
    { config: { permission: 'case.act' }, schema: { operationId: 'actOnCase', tags, params: IdParam, body: CaseActionRequest, response: { 200: CaseActionResult } } },
    async (req) => {
      const { action, idempotencyKey, ...input } = req.body;
      return actOnCase(ctx.db, who(req), req.params.id, action, input, idempotencyKey, { publicUrl: publicUrlOf(ctx, req) });
    },
  );

  app.get(
    '/cases/:id',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCase', tags, params: IdParam, response: { 200: CasePage } } },
    async (req) => casePage(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/cases/:id/reveal',
    { config: { permission: 'case.reveal' }, schema: { operationId: 'revealCase', tags, params: IdParam, response: { 200: RevealResult } } },
    async (req) => revealCase(ctx.db, who(req), req.params.id),
  );

  app.get(
    '/cases',
    { config: { permission: 'case.read' }, schema: { operationId: 'listCases', tags, querystring: CaseListQuery, response: { 200: CaseList } } },
    async (req) => listCases(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/cases/by-number/:number',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCaseByNumber', tags, params: z.object({ number: z.string().max(60) }), response: { 200: CaseByNumber } } },
    async (req) => caseByNumber(ctx.db, actorOf(req), req.params.number),
  );

  app.get(
    '/cases/verifications',
    { config: { permission: 'case.read' }, schema: { operationId: 'listCaseVerifications', tags, querystring: VerificationListQuery, response: { 200: VerificationList } } },
    async (req) => listVerifications(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/cases/:id/notices/:noticeId/pdf',
    {
      config: { permission: 'case.read' },
      schema: { operationId: 'getCaseNoticePdf', tags, produces: ['application/pdf'], params: z.object({ id: z.string(), noticeId: z.string() }), response: { 200: fileResponse('application/pdf', 'The notice as issued (reprints are identical)') } },
    },
    async (req, reply) => {
      const { pdf, fileName, asciiName } = await noticePdf(ctx, actorOf(req), req.params.id, req.params.noticeId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(pdf as unknown as string); // a Buffer skips the JSON serializer
    },
  );

  app.post(
    '/cases/:id/handovers',
    { config: { permission: 'case.handover' }, schema: { operationId: 'createCaseHandover', tags, params: IdParam, body: HandoverCreate, response: { 200: HandoverView } } },
    async (req) => createHandover(ctx.db, who(req), req.params.id, req.body),
  );

  app.post(
    '/cases/handovers/confirm',
    { config: { permission: 'case.handover' }, schema: { operationId: 'confirmCaseHandover', tags, body: HandoverConfirm, response: { 200: HandoverView } } },
    async (req) => confirmHandover(ctx.db, who(req), req.body.caseNumber, new Date(), req.body.direction),
  );

  // Scans arrive as the raw file body (camera frame or file); other bodies are refused.
  const files = () => caseFiles(ctx);
  acceptUploads(app, ctx);

  app.post(
    '/cases/:id/materials/:materialId/scans',
    {
      config: { permission: 'case.intake' },
      bodyLimit: ctx.config.FILE_MAX_BYTES,
      schema: { operationId: 'addCaseScan', tags, consumes: uploadTypes, params: z.object({ id: z.string(), materialId: z.string() }), response: { 200: CaseMaterialView } },
    },
    async (req) => {
      const line = await addScan(ctx.db, await files(), who(req), req.params.id, req.params.materialId, req.body as Buffer, { publicUrl: publicUrlOf(ctx, req) });
      return {
        materialId: line.materialId,
        name: line.name,
        required: line.required,
        waivable: line.waivable,
        requiredOriginals: line.requiredOriginals,
        requiredCopies: line.requiredCopies,
        status: line.status,
        originals: line.originals,
        copies: line.copies,
        scans: line.scans,
        defect: line.defect,
        reusedFrom: line.reusedFrom,
        waiver: line.waiverFormat && line.waiverDeadline ? { format: line.waiverFormat, deadline: line.waiverDeadline } : null,
        reason: line.reason,
      };
    },
  );

  app.get(
    '/cases/:id/scans/:sha256',
    {
      config: { permission: 'case.read' },
      schema: { operationId: 'getCaseScan', tags, params: z.object({ id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 200: fileResponse('application/octet-stream', 'The scan as stored (its own content type)') } },
    },
    async (req, reply) => {
      const file = await readScan(ctx.db, await files(), actorOf(req), req.params.id, req.params.sha256);
      return reply.header('content-type', file.contentType).header('cache-control', 'private, no-store').send(file.bytes as unknown as string);
    },
  );

  // 上报件 (issue #17, decision 0035): the link of a case, read through the case in scope.
  await escalationRoutes(base, ctx);
}
