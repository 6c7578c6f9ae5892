import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { auditBy } from '../../../platform/audit/audit.ts';
import { afterCommit } from '../../../platform/db/after-commit.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { Who } from '../../org/index.ts';
import { notifySoon } from './notify.ts';

export const QUEUE_CHANNEL = 'queue';

/** What every instance hears about a change: ids only (NOTIFY payloads stop at 8,000 bytes); listeners read the rest. */
export interface QueueEvent {
  centerId: string;
  ticketId: string | null;
  windowId: string | null;
  action: string;
}

/**
 * Called with the writing transaction: the event leaves after the commit (dropped on
 * rollback, so a display never shows a call that did not happen), batched with the other
 * events of the moment into one NOTIFY whose payload is a JSON array of events
 * (docs/decisions/0011-queue-events-after-commit.md). A handle the after-commit hook cannot
 * follow (a savepoint) notifies inside its transaction instead, with the same array shape.
 */
export async function publishQueueEvent(tx: Db, e: QueueEvent): Promise<void> {
  const event: QueueEvent = { centerId: e.centerId, ticketId: e.ticketId, windowId: e.windowId, action: e.action };
  const published = afterCommit(tx, (root) => {
    const here = locals.get(root);
    // This instance's displays first, without the NOTIFY round trip; the others through it.
    // The payload names this instance, so its own hub skips the event when it comes back.
    notifySoon(root, QUEUE_CHANNEL, here ? { ...event, origin: here.origin } : event);
    for (const listener of here?.listeners ?? []) {
      try {
        listener(event);
      } catch {} // a display's trouble must not undo a committed call
    }
  });
  if (published) return;
  await tx.execute(sql`SELECT pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify([event])})`);
}

/** Per root handle (one per platform instance, even when a test runs two in one process): its origin id and its own listeners. */
const locals = new WeakMap<Db, { origin: string; listeners: Set<(e: QueueEvent) => void> }>();

/**
 * Hears the events committed through `root` at once, in this process (docs/decisions/0010).
 * Returns the origin id those events carry in their NOTIFY, for the listener to skip them
 * there, and the function that stops listening.
 */
export function onLocalQueueEvents(root: Db, listener: (e: QueueEvent) => void): { origin: string; stop: () => void } {
  let here = locals.get(root);
  if (!here) locals.set(root, (here = { origin: randomUUID(), listeners: new Set() }));
  const entry = here;
  entry.listeners.add(listener);
  return { origin: entry.origin, stop: () => entry.listeners.delete(listener) };
}

export function parseQueueEvent(payload: string): QueueEvent | undefined {
  try {
    const e = JSON.parse(payload) as Partial<QueueEvent>;
    return typeof e.centerId === 'string' && typeof e.action === 'string'
      ? { centerId: e.centerId, ticketId: e.ticketId ?? null, windowId: e.windowId ?? null, action: e.action }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A visitor at a kiosk or on a phone has no account: the audit row names the channel and the address. */
export interface Visitor {
  ip: string;
  channel: 'kiosk' | 'remote';
}

const visitorLabels = { kiosk: '群众（自助取号机）', remote: '群众（手机取号）' } as const;

export function auditQueue(
  tx: Db,
  by: Who | Visitor,
  action: string,
  objectType: string,
  objectId: string,
  centerId: string,
  summary: unknown,
) {
  const who = 'actor' in by ? by : { ip: by.ip, visitorLabel: visitorLabels[by.channel] };
  return auditBy(tx, who, { centerId, action, objectType, objectId, summary });
}
