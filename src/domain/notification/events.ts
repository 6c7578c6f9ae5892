// 通知事件: every message the platform sends, named by the event it reports, with the
// variables its template may use and the default wording (zh and en). A center may override
// the wording per channel (notification_template); the variables stay fixed by this table, so
// a saved template can never ask for a value the sender does not pass.
//
// Adding an event: write it in the catalog of its area (catalog/<area>.ts, typed by
// NotificationEvent, a group of notificationGroups), and spread that catalog here — one line.
// The console's template editor, the preview, the portal's 通知设置 and the tests pick it up.
import { appointmentEvents } from './catalog/appointment.ts';
import { caseEvents } from './catalog/case.ts';
import { citizenEvents } from './catalog/citizen.ts';
import { deliveryEvents } from './catalog/delivery.ts';
import { onlineEvents } from './catalog/online.ts';
import { queueEvents } from './catalog/queue.ts';
import { notificationChannels, type NotificationChannel, type NotificationEvent, type NotificationGroup } from './types.ts';

export * from './types.ts';
export { applicantBaseVars, applicantEvent, type ApplicantBaseVar } from './catalog/applicant.ts';

export const notificationEvents = {
  ...citizenEvents,
  ...appointmentEvents,
  ...queueEvents,
  ...caseEvents,
  ...deliveryEvents,
  ...onlineEvents,
} as const satisfies Record<string, NotificationEvent>;

export type NotificationEventKey = keyof typeof notificationEvents;
export const notificationEventKeys = Object.keys(notificationEvents) as NotificationEventKey[];
/** The variable names of one event, e.g. EventVars<'case.accepted'> = 'centerName' | … | 'promisedDue'. */
export type EventVars<E extends NotificationEventKey> = keyof (typeof notificationEvents)[E]['variables'] & string;

export function isNotificationEvent(key: string): key is NotificationEventKey {
  return Object.hasOwn(notificationEvents, key);
}

const eventOf = (key: NotificationEventKey): NotificationEvent => notificationEvents[key];

/** The channels an event may go out on. */
export function channelsOf(key: NotificationEventKey): readonly NotificationChannel[] {
  return eventOf(key).channels ?? notificationChannels;
}

export function groupOf(key: NotificationEventKey): NotificationGroup {
  return eventOf(key).group;
}

/** Variables every wording of the event must keep. */
export function requiredOf(key: NotificationEventKey): readonly string[] {
  return eventOf(key).required ?? [];
}

/** Events whose messages carry a secret (a sign-in code): outbox screens hide their digits. */
export const secretEvents: ReadonlySet<NotificationEventKey> = new Set(notificationEventKeys.filter((k) => eventOf(k).secret));
