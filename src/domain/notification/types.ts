// The shape of a notification event (通知事件). Kept apart from the registry (events.ts) so
// each area's catalog (catalog/*.ts) can be typed against it without an import cycle.

export const notificationChannels = ['sms', 'email', 'inbox'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const notificationLangs = ['zh', 'en'] as const;
export type NotificationLang = (typeof notificationLangs)[number];

/**
 * 通知分组: what a person chooses channels for in the portal (通知设置). `security` is not a
 * choice: a sign-in code always goes by SMS to the number that asked for it.
 */
export const notificationGroups = ['security', 'appointment', 'queue', 'case', 'delivery', 'online'] as const;
export type NotificationGroup = (typeof notificationGroups)[number];

export const notificationGroupInfo: Record<NotificationGroup, { label: { zh: string; en: string }; choosable: boolean }> = {
  security: { label: { zh: '登录与安全', en: 'Sign-in and security' }, choosable: false },
  appointment: { label: { zh: '预约', en: 'Appointments' }, choosable: true },
  queue: { label: { zh: '排队叫号', en: 'Queue calls' }, choosable: true },
  case: { label: { zh: '办件进度', en: 'Case progress' }, choosable: true },
  delivery: { label: { zh: '结果送达', en: 'Results and delivery' }, choosable: true },
  online: { label: { zh: '网上申报', en: 'Online applications' }, choosable: true },
};

export interface TemplateText {
  /** E-mail subject and inbox title; SMS ignores it. */
  subject: string;
  body: string;
}

export interface NotificationEvent {
  label: { zh: string; en: string };
  group: NotificationGroup;
  /** Variables the sender passes, each with a sample value for the console preview. */
  variables: Readonly<Record<string, string>>;
  templates: Record<NotificationLang, TemplateText>;
  /** The channels the event may go out on; all three when absent. */
  channels?: readonly NotificationChannel[];
  /** Variables every wording must keep in its body (the sign-in code cannot be edited out). */
  required?: readonly string[];
  /** The message carries a secret (a sign-in code): outbox screens hide its digits. */
  secret?: boolean;
}
