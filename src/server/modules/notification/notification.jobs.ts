import type { Logger } from 'pino';
import type { Db } from '../../platform/db/types.ts';
import { periodSeconds, type JobDefinition, type ModuleJobs } from '../../platform/jobs/index.ts';
import { emailSenderFromConfig } from './email.sender.ts';
import { dispatchOutbox, type ChannelSenders } from './outbox.dispatch.ts';
import { senderFromConfig, type NotificationSender } from './outbox.sender.ts';

export const SMS_DISPATCH_JOB = 'notification-sms-dispatch';

/** The outbox dispatcher (SMS and, since issue #19, e-mail): every due message, sent once per period by one instance. */
export function smsDispatchJob(db: Db, sender: NotificationSender | ChannelSenders, log: Logger, everySeconds: number): JobDefinition {
  return { name: SMS_DISPATCH_JOB, everySeconds, handler: () => dispatchOutbox(db, sender, log) };
}

/** SMS_DISPATCH_INTERVAL_MS (0 = off, tests send by hand) through SMS_WEBHOOK_URL or the log, e-mail through SMTP_HOST or the log. */
export const notificationJobs: ModuleJobs = (jobs, ctx) => {
  if (!ctx.config.SMS_DISPATCH_INTERVAL_MS) return;
  const senders: ChannelSenders = { sms: senderFromConfig(ctx.config.SMS_WEBHOOK_URL, ctx.log, { revealSecrets: ctx.config.demo }), email: emailSenderFromConfig(ctx.config, ctx.log) };
  jobs.register(smsDispatchJob(ctx.db, senders, ctx.log, periodSeconds(ctx.config.SMS_DISPATCH_INTERVAL_MS)));
};
