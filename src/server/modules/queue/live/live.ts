import type { Logger } from 'pino';
import type { Database, Db } from '../../../platform/db/types.ts';
import { announcementOf, buildBoard, type Announcement, type Board } from './board.ts';
import { AnnouncementMemory } from './live.announcements.ts';
import { isCall, parseQueueEvents } from './live.protocol.ts';
import { LiveSockets, sendTo, type LiveSocket } from './live.sockets.ts';
import { onLocalQueueEvents, QUEUE_CHANNEL, type QueueEvent } from './events.ts';

export type { LiveSocket } from './live.sockets.ts';

/** Proxies drop idle connections after about a minute; a ping every 25 s keeps displays attached. */
const PING_MS = 25_000;
/** A board this fresh is handed to a new display as is: a hall's screens reconnecting together cost one build. */
const BOARD_REUSE_MS = 2_000;
/**
 * At most one board per center this often. A board is ~3.5 KB, and a thousand displays make
 * that 3.5 MB per send: one per change would starve the small 'call' messages (and the screens)
 * when windows call together. The calls themselves never wait for this.
 */
const BOARD_GAP_MS = 500;
/**
 * A hall with no change for this long still gets a fresh board: it heals what no event told
 * (a notification lost when an instance died between its commit and its NOTIFY; the new day
 * at midnight, when yesterday's calls leave the board). It goes as an 'update' with no events
 * and no calls, not as a 'board' (which screens take as a reconnect and catch up by announcing
 * recent calls): a refresh read just after a call's commit but sent before the call's own
 * message would otherwise have the call said twice.
 */
export const BOARD_REFRESH_MS = 30_000;
/** Refreshes wait until the process has heard no event for this long. */
const REFRESH_QUIET_MS = 1_000;

interface Pending {
  event: QueueEvent;
  call?: Promise<Announcement | undefined>;
}

/**
 * Fans queue notifications out to the display sockets of this process. One LISTEN for the
 * whole process (not one per socket): a call made through any instance commits, PostgreSQL
 * notifies every instance, and each pushes to its own displays.
 *
 * A call is what a display must show and say at once, so it goes out first, alone, in a small
 * 'call' message, built from memory (AnnouncementMemory; one indexed read when something is
 * not known yet). The board (eight reads) follows in an 'update', at most one per center every
 * BOARD_GAP_MS: events meanwhile go out together with the next board, so 20 windows calling at
 * once cost a couple of board builds and sends. Each message is serialised once for all
 * sockets (docs/decisions, live board fan-out).
 */
export class LiveHub {
  private readonly sockets = new LiveSockets();
  private readonly pending = new Map<string, Pending[]>();
  private readonly flushing = new Set<string>();
  /** Per center, the 'call' messages in the order the calls were made. */
  private readonly callChain = new Map<string, Promise<void>>();
  private readonly boards = new Map<string, { built: number; board: Promise<Board> }>();
  private readonly memory: AnnouncementMemory;
  private readonly lastBoardAt = new Map<string, number>();
  /** When this process last heard a queue event of any hall (refreshes wait for a lull). */
  private lastEventAt = 0;
  private unlisten?: () => Promise<void>;
  private local?: { origin: string; stop: () => void };
  private pinger?: NodeJS.Timeout;
  private refresher?: NodeJS.Timeout;
  private refreshing = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly refreshMs = BOARD_REFRESH_MS,
  ) {
    this.memory = new AnnouncementMemory(db);
  }

  async start(database: Database): Promise<void> {
    this.local = onLocalQueueEvents(this.db, (event) => this.onEvents([event]));
    this.unlisten = await database.listen(
      QUEUE_CHANNEL,
      (payload) => this.onNotification(payload),
      () => this.resync(),
    );
    this.pinger = setInterval(() => this.sockets.each((s) => s.ping()), PING_MS);
    this.pinger.unref();
    this.refresher = setInterval(() => void this.refreshQuiet(), Math.max(50, Math.min(1000, Math.round(this.refreshMs / 6))));
    this.refresher.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pinger);
    clearInterval(this.refresher);
    this.local?.stop();
    await this.unlisten?.();
    this.sockets.each((s) => s.close(1001, 'server stopping'));
    this.sockets.clear();
  }

  /** Registers a display, then sends it the board: an event between the two arrives as a later update, never lost. */
  async attach(centerId: string, socket: LiveSocket): Promise<void> {
    this.sockets.add(centerId, socket, () => {
      this.memory.forget(centerId);
      this.lastBoardAt.delete(centerId);
    });
    const board = await this.recentBoard(centerId);
    sendTo(socket, { type: 'board', board });
    this.remember(centerId, board, []);
  }

  /** Displays connected to this process, per center (metrics, tests). */
  count(centerId?: string): number {
    return this.sockets.count(centerId);
  }

  /** From another instance, through PostgreSQL; this instance's own changes were delivered at commit. */
  private onNotification(payload: string): void {
    const origin = this.local?.origin;
    this.onEvents(parseQueueEvents(payload).filter((e) => e.origin === undefined || e.origin !== origin));
  }

  private onEvents(events: readonly QueueEvent[]): void {
    this.lastEventAt = Date.now();
    for (const e of events) {
      const event: QueueEvent = { centerId: e.centerId, ticketId: e.ticketId, windowId: e.windowId, action: e.action };
      const { centerId } = event;
      if (!this.sockets.has(centerId)) continue;
      const item: Pending = { event };
      if (isCall(event)) {
        // From memory when it can (no read between the notification and the send), else read.
        const known = this.memory.announce(centerId, event.ticketId!, event.windowId!);
        item.call = known ? Promise.resolve(known) : announcementOf(this.db, centerId, event.ticketId!, event.windowId!);
        item.call.catch(() => undefined); // reported by the flush that awaits it
        this.announce(centerId, item.call);
      }
      const list = this.pending.get(centerId) ?? [];
      list.push(item);
      this.pending.set(centerId, list);
      if (!this.flushing.has(centerId)) void this.flush(centerId);
    }
  }

  /** Sends the call as soon as it is read, after the calls before it (the hall hears them in order). */
  private announce(centerId: string, call: Promise<Announcement | undefined>): void {
    const previous = this.callChain.get(centerId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const c = await call.catch(() => undefined);
      if (c) this.sockets.send(centerId, { type: 'call', calls: [c] });
    });
    this.callChain.set(centerId, next);
    void next.finally(() => this.callChain.get(centerId) === next && this.callChain.delete(centerId));
  }

  private async flush(centerId: string): Promise<void> {
    this.flushing.add(centerId);
    try {
      for (;;) {
        const wait = (this.lastBoardAt.get(centerId) ?? 0) + BOARD_GAP_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait)); // events meanwhile join this board
        const items = this.take(centerId);
        if (!items.length || this.stopped) break;
        this.lastBoardAt.set(centerId, Date.now());
        const board = this.buildFresh(centerId);
        const calls = (await Promise.all(items.map((i) => i.call))).filter((c) => c !== undefined);
        const events = items.map((i) => i.event);
        await this.sockets.sendInSlices(centerId, { type: 'update', events, calls, announced: true, board: await board });
        this.remember(
          centerId,
          await board,
          events.map((e) => e.ticketId),
        );
      }
    } catch (err) {
      // A failed read (database restarting) must not kill the hub, nor spin: the next
      // notification tries again with a fresh board.
      this.log.warn({ err, centerId }, 'queue live update failed');
    } finally {
      this.flushing.delete(centerId);
    }
  }

  /**
   * Every quiet hall (no board for refreshMs, none being built) gets a fresh one. It is a
   * safety net, so it yields to live work: one hall at a time (a board reads with up to nine
   * queries at once; a first try building a county's worth in one tick put a 100 ms stall
   * into a call), and only while this process has heard no event for a second, unless a
   * hall is three periods overdue. A hall first seen here starts its clock at a random phase,
   * so halls whose screens came back together after a restart spread out.
   */
  private async refreshQuiet(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      for (const centerId of this.sockets.centers()) {
        const now = Date.now();
        const last = this.lastBoardAt.get(centerId);
        if (last === undefined) {
          this.lastBoardAt.set(centerId, now - Math.random() * (this.refreshMs / 2));
          continue;
        }
        const busy = now - this.lastEventAt < REFRESH_QUIET_MS && now - last < 3 * this.refreshMs;
        if (this.stopped || busy || this.flushing.has(centerId) || now - last < this.refreshMs) continue;
        this.lastBoardAt.set(centerId, now);
        try {
          const board = await this.buildFresh(centerId);
          await this.sockets.sendInSlices(centerId, { type: 'update', events: [], calls: [], announced: true, board });
          this.remember(centerId, board, []);
        } catch (err) {
          this.log.warn({ err, centerId }, 'queue live refresh failed');
        }
      }
    } finally {
      this.refreshing = false;
    }
  }

  /** After the LISTEN connection came back: changes made meanwhile were never heard, so every display gets the board again. */
  private resync(): void {
    this.log.warn('queue live: listening again; sending every display a fresh board');
    for (const centerId of this.sockets.centers()) {
      this.buildFresh(centerId).then(
        (board) => this.sockets.sendInSlices(centerId, { type: 'board', board }),
        (err: unknown) => this.log.warn({ err, centerId }, 'queue live resync failed'),
      );
    }
  }

  /** Off the display's path: what the next calls' announcements need. */
  private remember(centerId: string, board: Board, ticketIds: (string | null)[]): void {
    this.memory
      .learn(centerId, board, ticketIds)
      .catch((err: unknown) => this.log.warn({ err, centerId }, 'queue live: announcement memory'));
  }

  private buildFresh(centerId: string): Promise<Board> {
    const board = buildBoard(this.db, centerId);
    this.boards.set(centerId, { built: Date.now(), board });
    board.catch(() => this.boards.get(centerId)?.board === board && this.boards.delete(centerId));
    return board;
  }

  private recentBoard(centerId: string): Promise<Board> {
    const hit = this.boards.get(centerId);
    return hit && Date.now() - hit.built < BOARD_REUSE_MS ? hit.board : this.buildFresh(centerId);
  }

  private take(centerId: string): Pending[] {
    const items = this.pending.get(centerId) ?? [];
    this.pending.delete(centerId);
    return items;
  }
}
