import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallTime } from '../../../../domain/queue/index.ts';
import { afterCommit } from '../../../platform/db/after-commit.ts';
import { prepareLoadHall, scratchPostgres, type LoadHall } from '../../../../../test/fixtures/load-hall.ts';
import { payloadsOf } from '../live/notify.ts';
import { QUEUE_CHANNEL } from '../live/events.ts';
import { literal } from './prepared.ts';
import { callNext, finish, pause, reopen } from '../window/window.service.ts';

// The hall's hot path (window-step.queries.ts, decision 0011): literals, batched payloads,
// events after commit, and the locking that keeps a double click from calling two visitors.

describe('hot path building blocks', () => {
  it('quotes literals as PostgreSQL reads them, and refuses what it cannot quote', () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(literal('a\\b')).toBe(" E'a\\\\b'");
    expect(literal('张三')).toBe("'张三'");
    expect(literal(null)).toBe('NULL');
    expect(literal(true)).toBe('true');
    expect(literal(new Date('2026-06-01T02:03:04.005Z'))).toBe("'2026-06-01T02:03:04.005Z'");
    expect(() => literal('a\0b')).toThrow(/NUL/);
    expect(() => literal(Number.NaN)).toThrow();
  });

  it('splits a batch of events into JSON arrays below the payload limit, keeping order', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({ centerId: 'c'.repeat(36), ticketId: `t${i}`, windowId: null, action: 'call' }));
    const payloads = payloadsOf(events, 2000);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2000);
    expect(payloads.flatMap((p) => JSON.parse(p) as unknown[])).toEqual(events);
    expect(payloadsOf([])).toEqual([]);
  });
});

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('hot path on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let hall: LoadHall;
  const heard: unknown[] = [];

  const issue = async (n: number) => {
    const day = hallTime(new Date()).serviceDate;
    await scratch.database.db.execute(sql`
      INSERT INTO ticket (id, center_id, category_id, queue_category_id, service_date, seq, number, priority, priority_rank, state, source, created_at)
      SELECT gen_random_uuid()::text, ${hall.centerId}, ${hall.categoryIds[0]!}, ${hall.categoryIds[0]!}, ${day}::date,
             s.seq + coalesce((SELECT max(seq) FROM ticket), 0), 'X' || s.seq, 'normal', 2, 'waiting', 'kiosk', now() - interval '1 minute'
      FROM generate_series(1, ${n}) AS s(seq)`);
  };
  const count = async (q: ReturnType<typeof sql>) =>
    ((await scratch.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    scratch = await scratchPostgres(url!, 8);
    hall = await prepareLoadHall(scratch.database, 2, 1);
    await scratch.database.listen(QUEUE_CHANNEL, (payload) => heard.push(...(JSON.parse(payload) as unknown[])));
  }, 300_000);
  afterAll(async () => scratch?.drop());

  it('runs after-commit hooks only once the transaction committed, never after a rollback', async () => {
    const db = scratch.database.db;
    const ran: string[] = [];
    await db.transaction(async (tx) => {
      expect(afterCommit(tx, () => ran.push('committed'))).toBe(true);
      expect(ran).toEqual([]);
    });
    await expect(
      db.transaction(async (tx) => {
        afterCommit(tx, () => ran.push('rolled back'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(ran).toEqual(['committed']);
  });

  it('lets only one of many simultaneous presses call, and one of two finishes finish', async () => {
    const w = hall.windowIds[0]!;
    const db = scratch.database.db;
    await issue(40);
    for (let round = 0; round < 5; round++) {
      const calls = await Promise.allSettled(Array.from({ length: 6 }, () => callNext(db, hall.who, w)));
      expect(calls.filter((c) => c.status === 'fulfilled' && c.value.ticket)).toHaveLength(1);
      for (const c of calls) if (c.status === 'rejected') expect(c.reason.code).toBe('QUEUE_WINDOW_BUSY');
      expect(await count(sql`SELECT count(*)::int AS n FROM ticket WHERE window_id = ${w} AND state = 'called'`)).toBe(1);
      const finishes = await Promise.allSettled([finish(db, hall.who, w, ['A1']), finish(db, hall.who, w, [])]);
      expect(finishes.filter((f) => f.status === 'fulfilled')).toHaveLength(1);
      expect((finishes.find((f) => f.status === 'rejected') as PromiseRejectedResult).reason.code).toBe('QUEUE_WINDOW_IDLE');
    }
    expect(await count(sql`SELECT count(*)::int AS n FROM ticket_event WHERE action = 'finish'`)).toBe(5);
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'queue.ticket.finish'`)).toBe(5);
  });

  it("runs inside a caller's transaction too: the statements inlined, nothing left on rollback", async () => {
    const db = scratch.database.db;
    const w = hall.windowIds[1]!;
    await issue(1);
    const before = await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'queue.ticket.call'`);
    await new Promise((ok) => setTimeout(ok, 100)); // the previous test's events have arrived
    heard.length = 0;
    await expect(
      db.transaction(async (tx) => {
        const r = await callNext(tx, hall.who, w);
        expect(r.ticket).toMatchObject({ state: 'called', windowId: w });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'queue.ticket.call'`)).toBe(before);
    expect(await count(sql`SELECT count(*)::int AS n FROM ticket WHERE window_id = ${w} AND state = 'called'`)).toBe(0);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(heard).toEqual([]);
  });

  it('announces committed calls in batches after commit, and nothing for a refused press', async () => {
    const w = hall.windowIds[1]!;
    await new Promise((ok) => setTimeout(ok, 100)); // the previous test's events have arrived
    heard.length = 0;
    const r = await callNext(scratch.database.db, hall.who, w);
    await pause(scratch.database.db, hall.who, w, '午休');
    await expect(finish(scratch.database.db, hall.who, hall.windowIds[0]!, [])).rejects.toMatchObject({ code: 'QUEUE_WINDOW_IDLE' });
    await expect(callNext(scratch.database.db, hall.who, w)).rejects.toMatchObject({ code: 'QUEUE_WINDOW_PAUSED' });
    await reopen(scratch.database.db, hall.who, w);
    for (let i = 0; i < 100 && heard.length < 3; i++) await new Promise((ok) => setTimeout(ok, 20));
    await new Promise((ok) => setTimeout(ok, 100));
    expect(heard).toEqual([
      { centerId: hall.centerId, ticketId: r.ticket!.id, windowId: w, action: 'call' },
      { centerId: hall.centerId, ticketId: null, windowId: w, action: 'pause' },
      { centerId: hall.centerId, ticketId: null, windowId: w, action: 'reopen' },
    ]);
    const [event] = (
      (await scratch.database.db.execute(
        sql`SELECT from_state, to_state, staff_id FROM ticket_event WHERE ticket_id = ${r.ticket!.id} AND action = 'call'`,
      )) as unknown as { rows: object[] }
    ).rows;
    expect(event).toEqual({ from_state: 'waiting', to_state: 'called', staff_id: hall.who.actor.staffId });
    const [audit] = (
      (await scratch.database.db.execute(
        sql`SELECT summary FROM audit_log WHERE object_id = ${r.ticket!.id} AND action = 'queue.ticket.call'`,
      )) as unknown as { rows: { summary: object }[] }
    ).rows;
    expect(audit!.summary).toEqual({ number: r.ticket!.number, windowId: w, from: 'waiting', to: 'called' });
  });
});
