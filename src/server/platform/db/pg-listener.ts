import pg from 'pg';

/** Shown in pg_stat_activity: operators (and tests) can tell the listening connection apart. */
export const LISTENER_APPLICATION_NAME = 'onewindow-listen';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 10_000;

type Handler = (payload: string) => void;

/**
 * One dedicated connection per process for LISTEN (a pooled connection cannot hold a LISTEN).
 * When it drops (PostgreSQL restarted, failover, pg_terminate_backend, a network cut) it is
 * re-established with backoff and every channel is listened again. Notifications sent while it
 * was down are lost for good, so each subscriber's `onReconnect` runs once it is back: that is
 * where caches are dropped and displays get a fresh board.
 */
export class PgListener {
  private client?: pg.Client;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private attempt = 0;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private starting?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly onError: (err: unknown, retryInMs: number) => void = () => {},
  ) {}

  async listen(channel: string, onPayload: Handler, onReconnect?: () => void): Promise<() => Promise<void>> {
    // The first subscriber connects; a failure here is the caller's (the server should not start).
    if (!this.client && !this.timer) await (this.starting ??= this.connect().finally(() => (this.starting = undefined)));
    let set = this.handlers.get(channel);
    if (!set) {
      this.handlers.set(channel, (set = new Set()));
      // While reconnecting, the new connection listens to every channel in `handlers`.
      if (this.client) await this.client.query(listenSql(channel)).catch(() => undefined);
    }
    set.add(onPayload);
    if (onReconnect) this.reconnectHandlers.add(onReconnect);
    return async () => {
      set.delete(onPayload);
      if (onReconnect) this.reconnectHandlers.delete(onReconnect);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
    // Without an 'error' listener a dropped connection would be an unhandled error ending the process.
    client.on('error', () => {});
    client.on('end', () => this.dropped(client));
    client.on('notification', (n) => this.handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
    try {
      await client.connect();
      // Channels subscribed while these LISTENs run are picked up by the loop too.
      const listened = new Set<string>();
      for (let missing = [...this.handlers.keys()]; missing.length; missing = [...this.handlers.keys()].filter((c) => !listened.has(c))) {
        for (const channel of missing) {
          await client.query(listenSql(channel));
          listened.add(channel);
        }
      }
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.retry(new Error('LISTEN connection ended'));
  }

  private retry(err: unknown): void {
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempt++) * (1 + 0.2 * Math.random());
    this.onError(err, Math.round(delay));
    this.timer = setTimeout(() => {
      this.connect().then(
        () => {
          this.timer = undefined;
          this.attempt = 0;
          if (!this.closed) this.reconnectHandlers.forEach((h) => h());
        },
        (e: unknown) => !this.closed && this.retry(e),
      );
    }, delay);
    this.timer.unref();
  }
}

const listenSql = (channel: string) => `LISTEN "${channel.replace(/"/g, '')}"`;
