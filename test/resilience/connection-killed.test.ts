import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHall, putSettings, rows, type Hall } from '../../src/server/modules/queue/queue.fixture.ts';

// Issue #15, 1b: PostgreSQL ends the connection a request's transaction holds (a restart, a
// failover, pg_terminate_backend). The server must stay up, answer that request 503 and
// serve the next one. Before the fix the connection's 'error' event was unhandled (the pool
// drops its listener while a connection is lent out) and the process (here: the test worker) died.

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('a database connection killed under a request', () => {
  let h: Hall;
  let category: string;
  let locker: pg.Client;

  beforeAll(async () => {
    h = await openHall();
    expect((await putSettings(h, { restDayTickets: true })).statusCode).toBe(200);
    category = await h.category('K');
    const [{ db }] = (await rows<{ db: string }>(h.p, sql`SELECT current_database() AS db`)) as [{ db: string }];
    const dbUrl = new URL(url!);
    dbUrl.pathname = `/${db}`;
    locker = new pg.Client({ connectionString: dbUrl.toString() });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await h?.p.close();
  });

  /** The backend of this database waiting on a lock (the kiosk's insert), once it waits. */
  async function waitingBackend(): Promise<number> {
    for (let i = 0; i < 100; i++) {
      const r = await locker.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
      );
      if (r.rows[0]) return r.rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no request waited on the lock');
  }

  it('answers the request in flight 503 with Retry-After, stays up, and serves the next ticket', async () => {
    expect((await h.post(`/hall/${h.county}/tickets`, { categoryId: category })).statusCode).toBe(201);
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE ticket IN ACCESS EXCLUSIVE MODE');
    const pending = h.p.app.inject({ method: 'POST', url: `/api/v1/hall/${h.county}/tickets`, payload: { categoryId: category } });
    const pid = await waitingBackend();
    await locker.query('SELECT pg_terminate_backend($1)', [pid]);
    const res = await pending;
    await locker.query('ROLLBACK');

    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用，请稍候' });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);

    // Still up: the next press gets a ticket (on a fresh connection), and the probe is green.
    const next = await h.post(`/hall/${h.county}/tickets`, { categoryId: category });
    expect(next.statusCode).toBe(201);
    expect(next.json().number).toMatch(/^K\d+/);
    expect((await h.p.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('answers a read killed under it 503 too, in English when asked', async () => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE ticket IN ACCESS EXCLUSIVE MODE');
    const pending = h.p.app.inject({ url: `/api/v1/hall/${h.county}/categories`, headers: { 'accept-language': 'en' } });
    const pid = await waitingBackend();
    await locker.query('SELECT pg_terminate_backend($1)', [pid]);
    const res = await pending;
    await locker.query('ROLLBACK');
    expect([res.statusCode, res.json().code, res.json().message]).toEqual([503, 'SERVICE_UNAVAILABLE', 'The service is briefly unavailable; please wait a moment']);
    expect((await h.get(`/hall/${h.county}/categories`)).statusCode).toBe(200);
  });
});
