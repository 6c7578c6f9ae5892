import type { Logger } from 'pino';
import type { Database, Db } from '../../platform/db/types.ts';
import { announcementOf, buildBoard } from './board.ts';
import { parseQueueEvent, QUEUE_CHANNEL, type QueueEvent } from './queue.events.ts';

/** The part of a ws socket the hub uses. */
export interface LiveSocket {
  readyState: number;
  send(data: string): void;
  ping(): void;
  close(code?: number, reason?: string): void;
  on(event: 'close' | 'error', listener: () => void): unknown;
}

const OPEN = 1;
/** Proxies drop idle connections after about a minute; a ping every 25 s keeps displays attached. */
const PING_MS = 25_000;

/**
 * Fans queue notifications out to the display sockets of this process. One LISTEN for the
 * whole process (not one per socket): a call made through any instance commits, PostgreSQL
 * notifies every instance, and each pushes a fresh board to its own displays.
 *
 * Bursts are coalesced per center: while a board is being built, further events queue up
 * and go out together with the next board, so 20 windows calling at once cost a handful of
 * board queries, not one per call per display.
 */
export class LiveHub {
  private readonly sockets = new Map<string, Set<LiveSocket>>();
  private readonly pending = new Map<string, QueueEvent[]>();
  private readonly flushing = new Set<string>();
  private unlisten?: () => Promise<void>;
  private pinger?: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  async start(database: Database): Promise<void> {
    this.unlisten = await database.listen(QUEUE_CHANNEL, (payload) => this.onNotification(payload));
    this.pinger = setInterval(() => this.each((s) => s.ping()), PING_MS);
    this.pinger.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.pinger);
    await this.unlisten?.();
    this.each((s) => s.close(1001, 'server stopping'));
    this.sockets.clear();
  }

  /** Registers a display, then sends it the board: an event between the two arrives as a later update, never lost. */
  async attach(centerId: string, socket: LiveSocket): Promise<void> {
    let set = this.sockets.get(centerId);
    if (!set) this.sockets.set(centerId, (set = new Set()));
    set.add(socket);
    const detach = () => {
      set.delete(socket);
      if (set.size === 0 && this.sockets.get(centerId) === set) this.sockets.delete(centerId);
    };
    socket.on('close', detach);
    socket.on('error', detach);
    send(socket, { type: 'board', board: await buildBoard(this.db, centerId) });
  }

  /** Displays connected to this process, per center (metrics, tests). */
  count(centerId?: string): number {
    if (centerId) return this.sockets.get(centerId)?.size ?? 0;
    return [...this.sockets.values()].reduce((n, s) => n + s.size, 0);
  }

  private each(fn: (s: LiveSocket) => void) {
    for (const set of this.sockets.values()) for (const s of set) if (s.readyState === OPEN) fn(s);
  }

  private onNotification(payload: string): void {
    const event = parseQueueEvent(payload);
    if (!event || !this.sockets.has(event.centerId)) return;
    const list = this.pending.get(event.centerId) ?? [];
    list.push(event);
    this.pending.set(event.centerId, list);
    if (!this.flushing.has(event.centerId)) void this.flush(event.centerId);
  }

  private async flush(centerId: string): Promise<void> {
    this.flushing.add(centerId);
    try {
      for (let events = this.take(centerId); events.length; events = this.take(centerId)) {
        const calls = (
          await Promise.all(
            events
              .filter((e) => (e.action === 'call' || e.action === 'recall') && e.ticketId && e.windowId)
              .map((e) => announcementOf(this.db, centerId, e.ticketId!, e.windowId!)),
          )
        ).filter((c) => c !== undefined);
        const board = await buildBoard(this.db, centerId);
        const message = JSON.stringify({ type: 'update', events, calls, board });
        for (const s of this.sockets.get(centerId) ?? []) if (s.readyState === OPEN) s.send(message);
      }
      this.flushing.delete(centerId);
    } catch (err) {
      // A failed read (database restarting) must not kill the hub, nor spin: the next
      // notification tries again with a fresh board.
      this.flushing.delete(centerId);
      this.log.warn({ err, centerId }, 'queue live update failed');
    }
  }

  private take(centerId: string): QueueEvent[] {
    const events = this.pending.get(centerId) ?? [];
    this.pending.delete(centerId);
    return events;
  }
}

function send(socket: LiveSocket, message: unknown): void {
  if (socket.readyState === OPEN) socket.send(JSON.stringify(message));
}
