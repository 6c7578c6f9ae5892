// Public face of the notification outbox (短信发件箱): any module writes a message in the
// transaction of the change it reports; the dispatcher sends it afterwards.
export { enqueueSms, listOutbox, type OutboxRow, type OutgoingMessage } from './outbox.queries.ts';
export { dispatchOutbox, MAX_ATTEMPTS, retryDelayMs } from './outbox.dispatch.ts';
export { logSender, webhookSender, senderFromConfig, type NotificationSender } from './outbox.sender.ts';
export { notificationJobs, smsDispatchJob, SMS_DISPATCH_JOB } from './notification.jobs.ts';
