import type { Logger } from 'pino';
import { maskMobile, maskPersonalText } from '../../../domain/identifiers/index.ts';

/** One way out for a text message. Throws when the message was not accepted (the dispatcher retries). */
export interface NotificationSender {
  readonly name: string;
  send(message: { to: string; text: string; ref: string | null; subject?: string | null }): Promise<void>;
}

/**
 * No gateway configured: the message goes to the log (number masked) and counts as sent, so
 * a demo or a test hall works end to end and the console shows what would have been texted.
 * A secret (a sign-in code, ref 'secret:…') shows its digits only in demo mode: a production
 * log never holds a code that opens someone's account.
 */
export function logSender(log: Logger, opts: { revealSecrets?: boolean } = {}): NotificationSender {
  return {
    name: 'log',
    async send(m) {
      const secret = !opts.revealSecrets && m.ref?.startsWith('secret:');
      const text = secret ? m.text.replace(/\d{4,8}/g, (d) => '*'.repeat(d.length)) : maskPersonalText(m.text);
      log.info({ to: maskMobile(m.to), ref: m.ref, text }, 'sms (log sender)');
    },
  };
}

/**
 * SMS_WEBHOOK_URL: POSTs {to, text, ref} as JSON to the operator's SMS gateway adapter; any
 * 2xx answer is a success. The adapter owns the provider's signature and template rules.
 */
export function webhookSender(url: string, timeoutMs = 10_000): NotificationSender {
  return {
    name: 'webhook',
    async send(m) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'sms', to: m.to, text: m.text, ref: m.ref }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`SMS webhook answered ${res.status}`);
    },
  };
}

/** SMS_WEBHOOK_URL (from the config) or, unset, the log. */
export function senderFromConfig(webhookUrl: string | undefined, log: Logger, opts: { revealSecrets?: boolean } = {}): NotificationSender {
  const url = webhookUrl?.trim();
  return url ? webhookSender(url) : logSender(log, opts);
}
