// HTTP face of fees (issue #18, decision 0037); the answers are declared in src/contract/fee.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../contract/common.ts';
import { CaseFees, FeeCallbackResult, FeeIssueInput, FeeListQuery, FeeNoticeList, FeeNoticeView, FeePayInput, FeeReconciliationQuery, FeeRefundDecision, FeeRefundInput, FeeWaiveInput } from '../../../contract/fee.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { sendXlsx, XLSX_TYPE } from '../../platform/http/xlsx.ts';
import { publicUrlOf } from '../case/index.ts';
import { paymentCallback } from './fee.callback.ts';
import { callbackSecretOf } from './fee.online.ts';
import { usePaymentLog } from './payment-adapter.ts';
import { noticePdf, receiptPdf } from './fee.papers.ts';
import { reconciliationWorkbook } from './fee.reconciliation.ts';
import { actOnFee, issueNotice, type FeeOptions } from './fee.service.ts';
import { caseFees, feeList, oneNoticeView } from './fee.views.ts';

const tags = ['fee 收费'];
const IdParam = z.object({ id: z.string() });

function sendPdf(reply: FastifyReply, file: { pdf: Buffer; fileName: string; asciiName: string }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.pdf as unknown as string);
}

export async function feeRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  usePaymentLog((line, msg) => ctx.log.info(line, msg));
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const opts = (req: FastifyRequest): FeeOptions => ({ publicUrl: publicUrlOf(ctx, req), referencePattern: ctx.config.FEE_REFERENCE_PATTERN });
  const view = (req: FastifyRequest, id: string) => oneNoticeView(ctx.db, actorOf(req).roles, id);

  app.get(
    '/cases/:id/fees',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCaseFees', tags, params: IdParam, response: { 200: CaseFees } } },
    async (req) => caseFees(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/cases/:id/fees',
    { config: { permission: 'fee.charge' }, schema: { operationId: 'issueFeeNotice', tags, params: IdParam, body: FeeIssueInput, response: { 200: FeeNoticeView } } },
    async (req) => view(req, await issueNotice(ctx.db, who(req), req.params.id, req.body, opts(req))),
  );

  app.get(
    '/fees',
    { config: { permission: 'fee.collect' }, schema: { operationId: 'listFeeNotices', tags, querystring: FeeListQuery, response: { 200: FeeNoticeList } } },
    async (req) => feeList(ctx.db, actorOf(req), req.query),
  );

  app.post(
    '/fees/:id/pay',
    { config: { permission: 'fee.collect' }, schema: { operationId: 'payFeeNotice', tags, params: IdParam, body: FeePayInput, response: { 200: FeeNoticeView } } },
    async (req) => {
      const { amountFen, method, idempotencyKey } = req.body;
      await actOnFee(ctx.db, who(req), req.params.id, 'pay', { amountFen, method }, idempotencyKey, opts(req));
      return view(req, req.params.id);
    },
  );

  app.post(
    '/fees/:id/waive',
    { config: { permission: 'fee.approve' }, schema: { operationId: 'waiveFeeNotice', tags, params: IdParam, body: FeeWaiveInput, response: { 200: FeeNoticeView } } },
    async (req) => {
      const { amountFen, reason, idempotencyKey } = req.body;
      await actOnFee(ctx.db, who(req), req.params.id, 'waive', { amountFen, reason }, idempotencyKey, opts(req));
      return view(req, req.params.id);
    },
  );

  app.post(
    '/fees/:id/refunds',
    { config: { permission: 'fee.collect' }, schema: { operationId: 'requestFeeRefund', tags, params: IdParam, body: FeeRefundInput, response: { 200: FeeNoticeView } } },
    async (req) => {
      const { amountFen, reason, idempotencyKey } = req.body;
      await actOnFee(ctx.db, who(req), req.params.id, 'refund.request', { amountFen, reason }, idempotencyKey, opts(req));
      return view(req, req.params.id);
    },
  );

  app.post(
    '/fees/:id/refunds/decision',
    { config: { permission: 'fee.approve' }, schema: { operationId: 'decideFeeRefund', tags, params: IdParam, body: FeeRefundDecision, response: { 200: FeeNoticeView } } },
    async (req) => {
      const { approve, note, idempotencyKey } = req.body;
      await actOnFee(ctx.db, who(req), req.params.id, approve ? 'refund.approve' : 'refund.reject', { reason: note }, idempotencyKey, opts(req));
      return view(req, req.params.id);
    },
  );

  app.get(
    '/fees/:id/pdf',
    { config: { permission: 'case.read' }, schema: { operationId: 'getFeeNoticePdf', tags, produces: ['application/pdf'], params: IdParam, response: { 200: fileResponse('application/pdf', '缴款通知书 as issued') } } },
    async (req, reply) => sendPdf(reply, await noticePdf(ctx, actorOf(req), req.params.id)),
  );

  app.get(
    '/fees/:id/receipt/pdf',
    { config: { permission: 'fee.collect' }, schema: { operationId: 'getFeeReceiptPdf', tags, produces: ['application/pdf'], params: IdParam, response: { 200: fileResponse('application/pdf', '收费收据 of the payment') } } },
    async (req, reply) => sendPdf(reply, await receiptPdf(ctx, actorOf(req), req.params.id)),
  );

  app.get(
    '/fees/reconciliation.xlsx',
    { config: { permission: 'fee.collect' }, schema: { operationId: 'getFeeReconciliation', tags, querystring: FeeReconciliationQuery, response: { 200: fileResponse(XLSX_TYPE, "The signed-in cashier's daily reconciliation (xlsx)") } } },
    async (req, reply) => {
      const { file } = await reconciliationWorkbook(ctx.db, who(req), req.query.date);
      return sendXlsx(reply, file, `收费日对账单-${req.query.date}.xlsx`, `fees-${req.query.date}.xlsx`);
    },
  );
}

/** The payment platform's callback: its own scope, so JSON arrives as raw bytes for the signature check. */
export async function feeCallbackRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, (_req, body, done) => done(null, body));
  app.post(
    '/fees/callbacks/payment',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'feePaymentCallback',
        tags,
        description: 'Signed by the payment platform: x-payment-timestamp (Unix seconds) and x-payment-signature = sha256=HMAC-SHA256(secret, `${timestamp}.${raw body}`). Body: {reference, amountFen, transactionId, paidAt?}. A repeated transaction id changes nothing.',
        response: { 200: FeeCallbackResult },
      },
    },
    async (req) => {
      const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : '');
      const settings = { secret: callbackSecretOf(ctx.config), toleranceSeconds: ctx.config.FEE_CALLBACK_TOLERANCE_SECONDS };
      return paymentCallback(ctx.db, settings, { timestamp: header('x-payment-timestamp'), signature: header('x-payment-signature') }, raw, { publicUrl: publicUrlOf(ctx, req), referencePattern: ctx.config.FEE_REFERENCE_PATTERN });
    },
  );
}
