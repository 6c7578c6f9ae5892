// HTTP face of 我的办件 (issue #19, decision 0045): every route but the demo payment page is
// `access: 'citizen'`; the answers are declared in src/contract/my-cases.ts.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../contract/common.ts';
import { FeeCallbackResult } from '../../../contract/fee.ts';
import { DemoPayment, MyCaseDetail, MyCaseList, MyDeliveryChoice, MyWithdrawInput, PaymentStart } from '../../../contract/my-cases.ts';
import type { AppContext } from '../../platform/context.ts';
import { citizenOf } from '../../platform/http/guard.ts';
import { publicUrlOf } from '../case/index.ts';
import { confirmDemoPayment, demoPayment } from '../fee/index.ts';
import { chooseMyDelivery, myCase, myCases, myCertificatePdf, myFeePdf, myNoticePdf, myReceiptPdf, payMyFee, withdrawMyCase } from './portal-cases.service.ts';

const tags = ['portal 我的办件'];
const CaseParam = z.object({ id: z.string().max(64) });
const pdf = (description: string) => ({ 200: fileResponse('application/pdf', description) });

function sendPdf(reply: FastifyReply, file: { pdf: Buffer | Uint8Array; fileName: string; asciiName: string }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(Buffer.from(file.pdf) as unknown as string);
}

export async function portalCaseRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const citizen = { access: 'citizen' as const };

  app.get('/portal/cases', { config: citizen, schema: { operationId: 'listMyCases', tags, response: { 200: MyCaseList } } }, async (req) => myCases(ctx, citizenOf(req)));

  app.get('/portal/cases/:id', { config: citizen, schema: { operationId: 'getMyCase', tags, params: CaseParam, response: { 200: MyCaseDetail } } }, async (req) => myCase(ctx, citizenOf(req), req.params.id));

  app.get(
    '/portal/cases/:id/notices/:noticeId/pdf',
    { config: citizen, schema: { operationId: 'getMyCaseNoticePdf', tags, produces: ['application/pdf'], params: CaseParam.extend({ noticeId: z.string().max(64) }), response: pdf('The notice as issued') } },
    async (req, reply) => sendPdf(reply, await myNoticePdf(ctx, citizenOf(req), req.params.id, req.params.noticeId)),
  );

  app.get(
    '/portal/cases/:id/fees/:feeId/pdf',
    { config: citizen, schema: { operationId: 'getMyFeeNoticePdf', tags, produces: ['application/pdf'], params: CaseParam.extend({ feeId: z.string().max(64) }), response: pdf('缴款通知书 as issued') } },
    async (req, reply) => sendPdf(reply, await myFeePdf(ctx, citizenOf(req), req.params.id, req.params.feeId)),
  );

  app.get(
    '/portal/cases/:id/fees/:feeId/receipt/pdf',
    { config: citizen, schema: { operationId: 'getMyFeeReceiptPdf', tags, produces: ['application/pdf'], params: CaseParam.extend({ feeId: z.string().max(64) }), response: pdf('收费收据 of the payment') } },
    async (req, reply) => sendPdf(reply, await myReceiptPdf(ctx, citizenOf(req), req.params.id, req.params.feeId)),
  );

  app.get(
    '/portal/cases/:id/certificates/:certificateId/pdf',
    { config: citizen, schema: { operationId: 'getMyCertificatePdf', tags, produces: ['application/pdf'], params: CaseParam.extend({ certificateId: z.string().max(64) }), response: pdf('The e-certificate as issued') } },
    async (req, reply) => sendPdf(reply, await myCertificatePdf(ctx, citizenOf(req), req.params.id, req.params.certificateId)),
  );

  app.post(
    '/portal/cases/:id/fees/:feeId/payments',
    { config: citizen, schema: { operationId: 'startMyFeePayment', tags, params: CaseParam.extend({ feeId: z.string().max(64) }), response: { 200: PaymentStart } } },
    async (req) => payMyFee(ctx, citizenOf(req), req.params.id, req.params.feeId),
  );

  app.put(
    '/portal/cases/:id/delivery',
    { config: citizen, schema: { operationId: 'chooseMyDelivery', tags, params: CaseParam, body: MyDeliveryChoice, response: { 200: MyCaseDetail } } },
    async (req) => {
      const { method, address, recipient, phone } = req.body;
      return chooseMyDelivery(ctx, citizenOf(req), req.ip, req.params.id, { method, address, recipient, phone });
    },
  );

  app.post(
    '/portal/cases/:id/withdraw',
    { config: citizen, schema: { operationId: 'withdrawMyCase', tags, params: CaseParam, body: MyWithdrawInput, response: { 200: MyCaseDetail } } },
    async (req) => withdrawMyCase(ctx, citizenOf(req), req.ip, req.params.id, req.body, publicUrlOf(ctx, req)),
  );

  // The demo payment platform's page (FEE_PAYMENT_ADAPTER=demo or a demo server): public, as the
  // platform's own page is; the signed token names the notice, and paying fires the signed callback.
  const Token = z.object({ token: z.string().min(20).max(400) });
  app.get(
    '/portal/demo-pay/:token',
    { config: { access: 'public' }, schema: { operationId: 'getDemoPayment', tags, security: [], params: Token, response: { 200: DemoPayment } } },
    async (req) => demoPayment(ctx, req.params.token),
  );
  app.post(
    '/portal/demo-pay/:token',
    { config: { access: 'public' }, schema: { operationId: 'confirmDemoPayment', tags, security: [], params: Token, response: { 200: FeeCallbackResult } } },
    async (req) => confirmDemoPayment(ctx, req.params.token, { publicUrl: publicUrlOf(ctx, req), referencePattern: ctx.config.FEE_REFERENCE_PATTERN }),
  );
}
