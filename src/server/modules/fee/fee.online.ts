// Paying online from 我的办件 (issue #19, decision 0045). The citizen asks where to pay a due
// notice of their own case (the portal checked the case is theirs); the payment adapter answers
// with the platform's page. The notice's status never changes from the citizen's request: only
// the platform's signed callback (fee.callback.ts) records the payment.
//
// The demo adapter stands in for the platform: its page (`/portal/pay/demo/:token`) shows the
// amount and, on 确认支付, the server plays the platform and delivers the signed callback through
// the same verifier and write path as a real one. The token is an HMAC-signed, expiring
// reference to the notice; the transaction id comes from the token, so a second press changes
// nothing.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { outstandingFen } from '../../../domain/fee/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Config } from '../../platform/config.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { paymentCallback, signCallback } from './fee.callback.ts';
import { noticePaper, receiptPaper } from './fee.papers.ts';
import { actionsOf, findNotice, noticesOf, type FeeNoticeRow } from './fee.queries.ts';
import type { FeeOptions } from './fee.service.ts';

const TOKEN_TTL_MS = 30 * 60_000;

/** Whether the simulated payment platform is on: chosen explicitly, or any demo-mode server. */
export function demoPaymentsOn(config: Pick<Config, 'FEE_PAYMENT_ADAPTER' | 'demo'>): boolean {
  return config.FEE_PAYMENT_ADAPTER === 'demo' || config.demo;
}

/** The callback's secret: the configured one; with the demo platform and none set, one derived from the session secret. */
export function callbackSecretOf(config: Pick<Config, 'FEE_CALLBACK_SECRET' | 'FEE_PAYMENT_ADAPTER' | 'demo' | 'authSecret'>): string | undefined {
  if (config.FEE_CALLBACK_SECRET) return config.FEE_CALLBACK_SECRET;
  return demoPaymentsOn(config) ? createHmac('sha256', config.authSecret).update('fee-demo-callback').digest('hex') : undefined;
}

/** A case's fee notices as its applicant sees them (the caller checked the case is theirs). */
export async function feesForApplicant(db: Db, caseId: string) {
  const notices = await noticesOf(db, caseId);
  const actions = await actionsOf(db, notices.map((n) => n.id));
  return notices.map((n) => {
    const paid = actions.find((a) => a.noticeId === n.id && a.action === 'pay');
    return {
      id: n.id,
      number: n.number,
      reference: n.reference,
      amountFen: n.amountFen,
      outstandingFen: outstandingFen(n),
      status: n.status,
      issuedAt: n.issuedAt,
      paidAt: paid?.at ?? null,
      receiptNumber: paid?.receiptNumber ?? null,
    };
  });
}

async function noticeOfCase(db: Db, caseId: string, feeId: string): Promise<FeeNoticeRow> {
  const n = await findNotice(db, feeId);
  if (!n || n.caseId !== caseId) throw new DomainError('NOT_FOUND', { object: 'feeNotice', id: feeId });
  return n;
}

/** The 缴款通知书 of one of the case's notices. */
export async function feePdfOfCase(ctx: AppContext, caseId: string, feeId: string) {
  return noticePaper(ctx, await noticeOfCase(ctx.db, caseId, feeId));
}

/** The receipt of one of the case's notices, once paid. */
export async function receiptPdfOfCase(ctx: AppContext, caseId: string, feeId: string) {
  return receiptPaper(ctx, await noticeOfCase(ctx.db, caseId, feeId));
}

interface TokenBody {
  n: string;
  c: string;
  a: number;
  e: number;
}

function tokenKey(config: Pick<Config, 'authSecret'>): Buffer {
  return createHmac('sha256', config.authSecret).update('fee-demo-pay-token').digest();
}

function makeToken(config: Pick<Config, 'authSecret'>, body: TokenBody): string {
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${createHmac('sha256', tokenKey(config)).update(payload).digest('base64url')}`;
}

function readToken(config: Pick<Config, 'authSecret'>, token: string, now: Date): TokenBody {
  const [payload, mac] = token.split('.');
  if (!payload || !mac) throw new DomainError('NOT_FOUND', { object: 'payment' });
  const expected = Buffer.from(createHmac('sha256', tokenKey(config)).update(payload).digest('base64url'));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new DomainError('NOT_FOUND', { object: 'payment' });
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenBody;
  if (body.e < now.getTime()) throw new DomainError('FEE_PAYMENT_EXPIRED');
  return body;
}

/** Where the citizen pays a due notice of their case: the adapter's page; refused when nothing is due or no platform is on. */
export async function startOnlinePayment(ctx: AppContext, caseId: string, feeId: string, now = new Date()) {
  const n = await noticeOfCase(ctx.db, caseId, feeId);
  const due = outstandingFen(n);
  if (n.status !== 'due' || due <= 0) throw new DomainError('FEE_NOT_DUE', { status: n.status });
  if (!demoPaymentsOn(ctx.config)) throw new DomainError('FEE_ONLINE_PAYMENT_UNAVAILABLE');
  const token = makeToken(ctx.config, { n: n.id, c: caseId, a: due, e: now.getTime() + TOKEN_TTL_MS });
  return { payUrl: `/portal/pay/demo/${token}`, reference: n.reference, amountFen: due, adapter: 'demo' };
}

/** The demo platform's page: what is being paid. */
export async function demoPayment(ctx: AppContext, token: string, now = new Date()) {
  if (!demoPaymentsOn(ctx.config)) throw new DomainError('NOT_FOUND', { object: 'payment' });
  const t = readToken(ctx.config, token, now);
  const n = (await findNotice(ctx.db, t.n))!;
  return { reference: n.reference, amountFen: t.a, caseNumber: n.caseNumber, noticeNumber: n.number, status: n.status, returnUrl: `/portal/cases/${t.c}` };
}

/** 确认支付 on the demo page: the platform's signed callback, delivered to the one verifier. */
export async function confirmDemoPayment(ctx: AppContext, token: string, opts: FeeOptions) {
  const now = opts.now ?? new Date();
  if (!demoPaymentsOn(ctx.config)) throw new DomainError('NOT_FOUND', { object: 'payment' });
  const t = readToken(ctx.config, token, now);
  const n = (await findNotice(ctx.db, t.n))!;
  const secret = callbackSecretOf(ctx.config)!;
  const transactionId = `DEMO${createHash('sha256').update(token).digest('hex').slice(0, 24).toUpperCase()}`;
  const raw = Buffer.from(JSON.stringify({ reference: n.reference, amountFen: t.a, transactionId }));
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const settings = { secret, toleranceSeconds: ctx.config.FEE_CALLBACK_TOLERANCE_SECONDS };
  return paymentCallback(ctx.db, settings, { timestamp, signature: signCallback(secret, timestamp, raw) }, raw, opts);
}
