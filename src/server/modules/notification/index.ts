// Public face of the notification outbox (通知发件箱): any module writes a message in the
// transaction of the change it reports; the dispatcher sends it afterwards.
// Every message is an event with a template (decision 0046): modules call enqueueNotification, never a ready-made text.
export { listOutbox, restampMessages, type OutboxRow } from './outbox.queries.ts';
export { dispatchOutbox, MAX_ATTEMPTS, retryDelayMs, type ChannelSenders } from './outbox.dispatch.ts';
export { logSender, webhookSender, senderFromConfig, type NotificationSender } from './outbox.sender.ts';
export { notificationJobs, smsDispatchJob, SMS_DISPATCH_JOB } from './notification.jobs.ts';
// Issue #19: events with templates, e-mail and the in-app inbox, preferences.
export { enqueueNotification, citizenKey, emailKey, mobileKey, type NotificationRecipient, type NotificationRequest } from './enqueue.ts';
export { emailSenderFromConfig, smtpSender } from './email.sender.ts';
export { inboxOf, registerCitizenContact, setNotificationPreference, type PreferenceChange } from './preference.service.ts';
export { maskRecipient, visibleText } from './template.service.ts';
export { notificationRoutes } from './notification.routes.ts';
