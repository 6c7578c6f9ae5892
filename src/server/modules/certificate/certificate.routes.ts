// HTTP face of the e-certificate (routes in src/contract/certificate.ts): staff routes under
// /certificates, the public verification under /portal/certificates (no account, rate-limited).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CertificateList,
  CertificateView,
  IssueCertificateRequest,
  RevokeCertificateRequest,
  SigningKeyList,
  SigningKeyView,
  VerifyCodeParams,
  VerifyResult,
} from '../../../contract/certificate.ts';
import { fileResponse } from '../../../contract/common.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { publicUrlOf } from '../case/index.ts';
import { listSigningKeys, rotateSigningKey } from './certificate.keys.ts';
import { caseCertificates, certificatePdf, issueCertificate, revokeCertificate } from './certificate.service.ts';
import { verifyByCode, verifyCopy } from './certificate.verify.ts';

const tags = ['certificate 电子证照'];
const IdParam = z.object({ id: z.string().max(60) });
/** A certificate PDF is small; a copy larger than this is not one of ours. */
const COPY_MAX_BYTES = 5 * 1024 * 1024;

export async function certificateRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const env = { db: ctx.db, config: ctx.config, log: ctx.log };

  app.post(
    '/certificates',
    { config: { permission: 'certificate.issue' }, schema: { operationId: 'issueCertificate', tags, body: IssueCertificateRequest, response: { 200: CertificateView } } },
    async (req) => issueCertificate(env, who(req), req.body.caseId, publicUrlOf(ctx, req)),
  );

  app.get(
    '/certificates',
    { config: { permission: 'case.read' }, schema: { operationId: 'listCaseCertificates', tags, querystring: z.object({ caseId: z.string().min(1).max(60) }), response: { 200: CertificateList } } },
    async (req) => caseCertificates(ctx.db, actorOf(req), req.query.caseId, publicUrlOf(ctx, req)),
  );

  app.get(
    '/certificates/:id/pdf',
    {
      config: { permission: 'case.read' },
      schema: { operationId: 'getCertificatePdf', tags, produces: ['application/pdf'], params: IdParam, response: { 200: fileResponse('application/pdf', 'The e-certificate PDF exactly as issued') } },
    },
    async (req, reply) => {
      const { pdf, fileName, asciiName } = await certificatePdf(ctx.db, actorOf(req), req.params.id);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(pdf as unknown as string); // a Buffer skips the JSON serializer
    },
  );

  app.post(
    '/certificates/:id/revoke',
    { config: { permission: 'certificate.revoke' }, schema: { operationId: 'revokeCertificate', tags, params: IdParam, body: RevokeCertificateRequest, response: { 200: CertificateView } } },
    async (req) => revokeCertificate(ctx.db, who(req), req.params.id, req.body.reason, publicUrlOf(ctx, req)),
  );

  app.get(
    '/certificates/keys',
    { config: { permission: 'certificate.keys' }, schema: { operationId: 'listCertificateKeys', tags, response: { 200: SigningKeyList } } },
    async () => listSigningKeys(ctx.db),
  );

  app.post(
    '/certificates/keys/rotate',
    { config: { permission: 'certificate.keys' }, schema: { operationId: 'rotateCertificateKey', tags, response: { 200: SigningKeyView } } },
    async (req) => rotateSigningKey(ctx.db, ctx.config, who(req)),
  );

  const limit = ctx.config.CERTIFICATE_VERIFY_RATE_LIMIT ? { max: ctx.config.CERTIFICATE_VERIFY_RATE_LIMIT, timeWindow: 60_000 } : false;
  app.get(
    '/portal/certificates/verify/:code',
    { config: { access: 'public', rateLimit: limit }, schema: { operationId: 'verifyCertificate', tags: ['portal 办事大厅'], security: [], params: VerifyCodeParams, response: { 200: VerifyResult } } },
    async (req) => verifyByCode(ctx.db, req.params.code),
  );

  // A copy arrives as the raw PDF body (parsers are scoped to this module's plugin).
  app.addContentTypeParser(['application/pdf', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: COPY_MAX_BYTES }, (_req, body, done) => done(null, body));
  app.post(
    '/portal/certificates/verify-copy',
    {
      config: { access: 'public', rateLimit: limit },
      bodyLimit: COPY_MAX_BYTES,
      schema: { operationId: 'verifyCertificateCopy', tags: ['portal 办事大厅'], security: [], consumes: ['application/pdf', 'application/octet-stream'], response: { 200: VerifyResult } },
    },
    async (req) => {
      const body = req.body;
      if (!Buffer.isBuffer(body) || body.subarray(0, 5).toString('latin1') !== '%PDF-') throw new DomainError('CERTIFICATE_COPY_UNREADABLE');
      return verifyCopy(ctx.db, body);
    },
  );
}
