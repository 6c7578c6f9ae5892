import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/types.ts';
import { issueMany, prepareLoadHall, scratchPostgres, serveUntilEmpty, serveWithNextKey, type LoadHall } from '../../../../../test/fixtures/load-hall.ts';

// 20 windows calling at once on real PostgreSQL connections (PGlite has one connection, so
// nothing would run concurrently there): SKIP LOCKED must hand every ticket to exactly one
// window, and the counters must number every ticket once, without gaps.

const url = process.env.DATABASE_URL;
const WINDOWS = 20;
const TICKETS = 2000;

async function all<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await database.db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

describe.skipIf(!url)('queue under concurrency (PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let hall: LoadHall;

  beforeAll(async () => {
    scratch = await scratchPostgres(url!, WINDOWS + 4);
    hall = await prepareLoadHall(scratch.database, WINDOWS);
  }, 300_000);
  afterAll(async () => scratch?.drop());

  /** All windows serve at once until nobody waits; every ticket must be called by exactly one. Returns the seconds taken. */
  async function serveEveryTicketOnce(serve: typeof serveUntilEmpty): Promise<number> {
    const started = Date.now();
    const perWindow = await Promise.all(hall.windowIds.map((w) => serve(scratch.database.db, hall, w)));
    const calledIds = perWindow.flat();
    expect(calledIds).toHaveLength(TICKETS);
    expect(new Set(calledIds).size).toBe(TICKETS);
    // Every window took part: SKIP LOCKED passes over a locked ticket instead of queueing behind it.
    expect(perWindow.filter((ids) => ids.length > 0).length).toBeGreaterThan(WINDOWS / 2);
    return (Date.now() - started) / 1000;
  }

  it('numbers 2,000 tickets from 20 kiosks with no repeat and no gap per category and day', async () => {
    await issueMany(scratch.database.db, hall, TICKETS, WINDOWS);
    const per = await all<{ category_id: string; n: number; distinct_seq: number; max_seq: number; distinct_number: number }>(
      scratch.database,
      sql`SELECT category_id, count(*)::int AS n, count(DISTINCT seq)::int AS distinct_seq, max(seq)::int AS max_seq, count(DISTINCT number)::int AS distinct_number
          FROM ticket WHERE center_id = ${hall.centerId} GROUP BY category_id, service_date`,
    );
    expect(per.reduce((s, r) => s + r.n, 0)).toBe(TICKETS);
    for (const r of per) expect([r.distinct_seq, r.max_seq, r.distinct_number]).toEqual([r.n, r.n, r.n]);
  }, 600_000);

  it('hands every ticket to exactly one of 20 windows calling in parallel', async () => {
    const seconds = await serveEveryTicketOnce(serveUntilEmpty);

    const [events] = await all<{ calls: number; distinct_tickets: number; done: number }>(
      scratch.database,
      sql`SELECT count(*) FILTER (WHERE action = 'call')::int AS calls, count(DISTINCT ticket_id) FILTER (WHERE action = 'call')::int AS distinct_tickets,
                 (SELECT count(*)::int FROM ticket WHERE state = 'done') AS done
          FROM ticket_event`,
    );
    expect(events).toEqual({ calls: TICKETS, distinct_tickets: TICKETS, done: TICKETS });
    const [audited] = await all<{ n: number }>(
      scratch.database,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'queue.ticket.call'`,
    );
    expect(audited!.n).toBe(TICKETS);
    console.log(
      `queue concurrency: ${TICKETS} calls+finishes by ${WINDOWS} windows in ${seconds.toFixed(1)} s (${Math.round(TICKETS / seconds)} calls/s)`,
    );
  }, 600_000);

  it('hands every ticket to exactly one window when 20 windows press 办结并叫号 at once (merged statements)', async () => {
    await issueMany(scratch.database.db, hall, TICKETS, WINDOWS);
    const seconds = await serveEveryTicketOnce(serveWithNextKey);
    // Both rounds together: every ticket called once and finished once, each step with its history and audit row.
    const [counts] = await all<{ calls: number; distinct_called: number; finishes: number; done: number; open: number; audits: number }>(
      scratch.database,
      sql`SELECT count(*) FILTER (WHERE action = 'call')::int AS calls, count(DISTINCT ticket_id) FILTER (WHERE action = 'call')::int AS distinct_called,
                 count(*) FILTER (WHERE action = 'finish')::int AS finishes,
                 (SELECT count(*)::int FROM ticket WHERE state = 'done') AS done,
                 (SELECT count(*)::int FROM ticket WHERE state NOT IN ('done')) AS open,
                 (SELECT count(*)::int FROM audit_log WHERE action IN ('queue.ticket.call', 'queue.ticket.finish')) AS audits
          FROM ticket_event`,
    );
    expect(counts).toEqual({
      calls: 2 * TICKETS,
      distinct_called: 2 * TICKETS,
      finishes: 2 * TICKETS,
      done: 2 * TICKETS,
      open: 0,
      audits: 4 * TICKETS,
    });
    console.log(
      `queue concurrency: ${TICKETS} 办结并叫号 presses by ${WINDOWS} windows in ${seconds.toFixed(1)} s (${Math.round(TICKETS / seconds)} calls/s)`,
    );
  }, 600_000);
});
