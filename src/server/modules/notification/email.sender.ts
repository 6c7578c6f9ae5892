import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { maskPersonalText } from '../../../domain/identifiers/index.ts';
import type { NotificationSender } from './outbox.sender.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  user?: string | undefined;
  pass?: string | undefined;
  from: string;
}

/**
 * E-mail through SMTP (nodemailer). Any refusal by the server throws, so the dispatcher retries
 * it like an SMS the gateway did not take. Port 465 speaks TLS from the start; others upgrade
 * with STARTTLS when the server offers it.
 */
export function smtpSender(s: SmtpSettings): NotificationSender {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.port === 465,
    auth: s.user ? { user: s.user, pass: s.pass ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'smtp',
    async send(m) {
      await transport.sendMail({ from: s.from, to: m.to, subject: m.subject ?? '', text: m.text, headers: m.ref ? { 'X-OneWindow-Ref': m.ref } : {} });
    },
  };
}

/** No SMTP server configured: the e-mail goes to the log (address masked by the personal-text mask) and counts as sent. */
export function emailLogSender(log: Logger): NotificationSender {
  return {
    name: 'email-log',
    async send(m) {
      log.info({ to: m.to.replace(/^(.).*(@.*)$/, '$1***$2'), ref: m.ref, subject: m.subject, text: maskPersonalText(m.text) }, 'e-mail (log sender)');
    },
  };
}

export function emailSenderFromConfig(c: { SMTP_HOST?: string | undefined; SMTP_PORT: number; SMTP_USER?: string | undefined; SMTP_PASS?: string | undefined; SMTP_FROM: string }, log: Logger): NotificationSender {
  return c.SMTP_HOST ? smtpSender({ host: c.SMTP_HOST, port: c.SMTP_PORT, user: c.SMTP_USER, pass: c.SMTP_PASS, from: c.SMTP_FROM }) : emailLogSender(log);
}
