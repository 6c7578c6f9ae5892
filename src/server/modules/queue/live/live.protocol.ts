import type { QueueEvent } from './events.ts';

// What the hall display socket sends (src/web/features/hall/types.ts LiveMessage):
//   {type:'board', board}                on connect, and after this process re-listened
//                                         (notifications may have been missed meanwhile)
//   {type:'call', calls}                 a call or recall to announce, as soon as it is known
//   {type:'update', events, calls, board, announced:true}
//                                         the board after a change; `calls` repeats what 'call'
//                                         messages already carried (announced), for screens
//                                         still running a page from before 'call' existed.

/**
 * One NOTIFY payload on the 'queue' channel: one event {centerId, ticketId, windowId, action},
 * or an array of them (a writer may batch the events of one commit). Malformed items are skipped.
 * `origin`, when present, names the instance that made the change and has already told its
 * own displays.
 */
export function parseQueueEvents(payload: string): (QueueEvent & { origin?: string })[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return [];
  }
  const items: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  const events: (QueueEvent & { origin?: string })[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const e = item as Partial<QueueEvent & { origin: string }>;
    if (typeof e.centerId !== 'string' || typeof e.action !== 'string') continue;
    const event = { centerId: e.centerId, ticketId: e.ticketId ?? null, windowId: e.windowId ?? null, action: e.action };
    events.push(typeof e.origin === 'string' ? { ...event, origin: e.origin } : event);
  }
  return events;
}

export const isCall = (e: QueueEvent) => (e.action === 'call' || e.action === 'recall') && !!e.ticketId && !!e.windowId;

/**
 * A message serialised once for all sockets: JSON.stringify and the UTF-8 encoding would
 * otherwise run once per display (a thousand times per change in a big hall).
 */
export function encode(message: unknown): Buffer {
  return Buffer.from(JSON.stringify(message));
}
