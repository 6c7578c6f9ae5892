// The payment platform's signed callback (issue #18, decision 0037). The provider POSTs JSON
// with two headers: `x-payment-timestamp` (Unix seconds) and `x-payment-signature`
// (`sha256=` + hex HMAC-SHA256 of `${timestamp}.${raw body}` under FEE_CALLBACK_SECRET). The
// signature is checked on the raw bytes before anything in the body is used; a timestamp outside
// FEE_CALLBACK_TOLERANCE_SECONDS is refused (a replayed old call). A repeated callback (the
// same transaction id) changes nothing and answers as the first did.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { FeeCallbackBody } from '../../../contract/fee.ts';
import { isValidReference } from '../../../domain/fee/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { actionByProviderTxn, findNotice, noticeByReference } from './fee.queries.ts';
import { actOnFee, type FeeOptions } from './fee.service.ts';

export const CALLBACK_PROVIDER = 'nontax';

export function signCallback(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

export interface CallbackSettings {
  secret: string | undefined;
  toleranceSeconds: number;
}

function verify(settings: CallbackSettings, timestamp: string | undefined, signature: string | undefined, raw: Buffer, now: Date): void {
  if (!settings.secret || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) throw new DomainError('FEE_CALLBACK_SIGNATURE');
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > settings.toleranceSeconds) throw new DomainError('FEE_CALLBACK_SIGNATURE', { reason: 'timestamp' });
  const expected = Buffer.from(signCallback(settings.secret, timestamp, raw));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new DomainError('FEE_CALLBACK_SIGNATURE');
}

export async function paymentCallback(db: Db, settings: CallbackSettings, headers: { timestamp?: string; signature?: string }, raw: Buffer, opts: FeeOptions) {
  const now = opts.now ?? new Date();
  // Malformed JSON is answered as everywhere (400 BAD_JSON); nothing in it is used before the signature holds.
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new DomainError('BAD_JSON');
  }
  verify(settings, headers.timestamp, headers.signature, raw, now);
  const body = FeeCallbackBody.safeParse(parsed);
  if (!body.success) throw new DomainError('VALIDATION_FAILED', { issues: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  const { reference, amountFen, transactionId } = body.data;
  if (!isValidReference(reference)) throw new DomainError('FEE_REFERENCE_INVALID', { reference });
  const notice = await noticeByReference(db, reference);
  if (!notice) throw new DomainError('FEE_REFERENCE_INVALID', { reference });
  const seen = await actionByProviderTxn(db, CALLBACK_PROVIDER, transactionId);
  if (seen) {
    if (seen.noticeId !== notice.id) throw new DomainError('FEE_CALLBACK_CONFLICT', { transactionId });
    return { noticeId: notice.id, status: notice.status, duplicate: true };
  }
  // Two deliveries at once: the notice's row lock serialises them, and the second finds the
  // first's idempotency key and changes nothing (the unique (provider, txn) index backs it).
  const key = `callback:${transactionId}`;
  const r = await actOnFee(db, { system: `支付平台 ${CALLBACK_PROVIDER}` }, notice.id, 'pay', { amountFen, provider: CALLBACK_PROVIDER, providerTxnId: transactionId }, key, opts);
  const after = (await findNotice(db, notice.id))!;
  return { noticeId: notice.id, status: after.status, duplicate: r.repeated };
}
