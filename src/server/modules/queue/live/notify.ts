import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';

// Committed queue events leave in batches: every event of the last couple of milliseconds
// goes out in one `pg_notify` with a JSON array, sent from one connection. Twenty windows
// calling at once then cost a few notifications per batch window instead of one per call,
// and no writer's commit waits on the notify queue lock.

/** PostgreSQL refuses payloads of 8,000 bytes and more. */
export const MAX_PAYLOAD_BYTES = 7_900;
const BATCH_MS = 2;

/** The events as JSON arrays of at most `maxBytes` bytes each (an event is ids only, far below the limit). */
export function payloadsOf(events: readonly unknown[], maxBytes = MAX_PAYLOAD_BYTES): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let bytes = 2; // the brackets
  for (const e of events) {
    const json = JSON.stringify(e);
    const size = Buffer.byteLength(json);
    if (parts.length && bytes + 1 + size > maxBytes) {
      out.push(`[${parts.join(',')}]`);
      parts = [];
      bytes = 2;
    }
    bytes += size + (parts.length ? 1 : 0); // the comma before all but the first
    parts.push(json);
  }
  if (parts.length) out.push(`[${parts.join(',')}]`);
  return out;
}

/** One sender per database handle and channel: collects, waits BATCH_MS, sends; one batch in flight at a time. */
class NotifyBatch {
  private events: unknown[] = [];
  private timer: NodeJS.Timeout | undefined;
  private sending = false;

  constructor(
    private readonly db: Db,
    private readonly channel: string,
  ) {}

  add(event: unknown): void {
    this.events.push(event);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.sending || this.events.length === 0) return;
    this.timer = setTimeout(() => void this.flush(), BATCH_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    this.sending = true;
    const events = this.events.splice(0);
    try {
      for (const payload of payloadsOf(events)) {
        // A lost notification (database restarting, handle closed) is not retried: the
        // change is committed, and displays re-read the board on reconnect and periodically.
        await this.db.execute(sql`SELECT pg_notify(${this.channel}, ${payload})`).catch(() => {});
      }
    } finally {
      this.sending = false;
      this.schedule();
    }
  }
}

const batches = new WeakMap<Db, Map<string, NotifyBatch>>();

/** Queues `event` for the next batched NOTIFY on `channel`, sent through `db` (a root handle, never a transaction). */
export function notifySoon(db: Db, channel: string, event: unknown): void {
  let byChannel = batches.get(db);
  if (!byChannel) batches.set(db, (byChannel = new Map()));
  let batch = byChannel.get(channel);
  if (!batch) byChannel.set(channel, (batch = new NotifyBatch(db, channel)));
  batch.add(event);
}
