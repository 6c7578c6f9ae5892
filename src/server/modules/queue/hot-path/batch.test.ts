import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallTime } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { findStaffByUsername, resolveActor, type Who } from '../../org/index.ts';
import { mapWindow, openHall, rows, type Hall } from '../queue.fixture.ts';
import { presserOf } from '../window/window.access.ts';
import { callPress, callPressesAt } from './window-step.batch.ts';
import { callNextAtWindow, finishAndCallNextAtWindow } from './window-step.queries.ts';

// 叫号 and 办结并叫号 for many windows in one statement (window-step.batch.ts, decision 0014)
// must do exactly what the same presses do one after another: the same tickets finished, the same
// tickets called by the same windows, the same refusals. The property runs both on the same
// hall state (the one-by-one run in a transaction that is rolled back) and compares.

class RolledBack extends Error {
  constructor(readonly value: unknown) {
    super('rolled back on purpose');
  }
}

async function rolledBack<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  try {
    await db.transaction(async (tx) => {
      throw new RolledBack(await fn(tx as unknown as Db));
    });
  } catch (err) {
    if (err instanceof RolledBack) return err.value as T;
    throw err;
  }
  throw new Error('the transaction was meant to roll back');
}

interface Outcome {
  window: string;
  finished: string | null;
  called: string | null;
  paused: boolean;
  busy: string | null;
}

const outcome = (window: string, r: Record<string, unknown>): Outcome => ({
  window,
  finished: ((r.finished as { id?: string } | null)?.id as string | undefined) ?? null,
  called: ((r.ticket as { id?: string } | null)?.id as string | undefined) ?? null,
  paused: r.s_status === 'paused',
  busy: (r.busy_number as string | null) ?? null,
});

describe('叫号 and 办结并叫号 for many windows in one statement', () => {
  let h: Hall;
  let db: Db;
  let duty: Who;
  let cats: string[];
  let windows: string[];
  const day = hallTime(new Date()).serviceDate;

  beforeAll(async () => {
    h = await openHall();
    db = h.p.ctx.db;
    cats = [await h.category('J'), await h.category('K'), await h.category('M')];
    // Pools that overlap: 1 serves A and B, 2 serves A, 3 serves B, 4 serves A and B like 1, 5 serves C.
    await mapWindow(h, '1', [cats[0]!, cats[1]!]);
    await mapWindow(h, '2', [cats[0]!]);
    await mapWindow(h, '3', [cats[1]!]);
    await mapWindow(h, '4', [cats[0]!, cats[1]!]);
    await mapWindow(h, '5', [cats[2]!]);
    windows = ['1', '2', '3', '4', '5'].map((n) => h.win(n)).sort();
    const staff = await findStaffByUsername(db, 'duty');
    duty = { actor: (await resolveActor(db, staff!.userId))!, ip: '127.0.0.1' };
  });
  afterAll(async () => h?.p.close());

  /** A clean hall: every open ticket of the county closed, every window open. */
  async function reset() {
    await db.execute(
      sql`UPDATE ticket SET state = 'closed' WHERE center_id = ${h.county} AND state IN ('waiting', 'called', 'serving', 'parked', 'transferred')`,
    );
    await db.execute(sql`UPDATE window_session SET status = 'open', pause_reason = NULL WHERE center_id = ${h.county}`);
  }

  let seq = 1000;
  async function ticket(
    category: string,
    opts: { rank?: number; target?: string | null; state?: string; at?: string | null; ageMs: number },
  ) {
    seq++;
    const [row] = await rows<{ id: string }>(
      h.p,
      sql`INSERT INTO ticket (id, center_id, category_id, queue_category_id, service_date, seq, number, priority, priority_rank, state,
                              window_id, target_window_id, called_count, source, created_at)
          VALUES (gen_random_uuid()::text, ${h.county}, ${category}, ${category}, ${day}::date, ${seq}, ${`P${seq}`},
                  ${opts.rank === 0 ? 'elderly' : 'normal'}, ${opts.rank ?? 2}, ${opts.state ?? 'waiting'}, ${opts.at ?? null}, ${opts.target ?? null},
                  ${opts.at ? 1 : 0}, 'kiosk', now() - interval '1 hour' + ${opts.ageMs} * interval '1 millisecond')
          RETURNING id`,
    );
    return row!.id;
  }

  const pauseWindow = (windowId: string) =>
    db.execute(sql`INSERT INTO window_session (window_id, center_id, status, pause_reason) VALUES (${windowId}, ${h.county}, 'paused', '午休')
                   ON CONFLICT (window_id) DO UPDATE SET status = 'paused', pause_reason = '午休'`);

  const pressesAt = (ws: readonly string[], now: Date, finishFirst = (_w: string): boolean => true) =>
    ws.map((w) => callPress(w, presserOf(duty), finishFirst(w) ? { caseIds: [] } : null, day, now, now));

  it('gives the same tickets to the same windows as the presses one by one', async () => {
    const windowIndex = fc.integer({ min: 0, max: 4 });
    const spec = fc.record({
      waiting: fc.array(
        fc.record({ cat: fc.integer({ min: 0, max: 2 }), elderly: fc.boolean(), target: fc.option(windowIndex, { freq: 4 }) }),
        { maxLength: 12 },
      ),
      atWindow: fc.uniqueArray(windowIndex, { maxLength: 3 }),
      paused: fc.uniqueArray(windowIndex, { maxLength: 2 }),
      pressing: fc.uniqueArray(windowIndex, { minLength: 1, maxLength: 5 }),
      // Which of them press 叫号 only (the rest press 办结并叫号).
      callOnly: fc.uniqueArray(windowIndex, { maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        await reset();
        for (const [i, t] of s.waiting.entries())
          await ticket(cats[t.cat]!, { rank: t.elderly ? 0 : 2, target: t.target === null ? null : windows[t.target]!, ageMs: i });
        for (const w of s.atWindow) await ticket(cats[0]!, { state: 'called', at: windows[w]!, ageMs: 100 + w });
        for (const w of s.paused) await pauseWindow(windows[w]!);
        const pressing = [...s.pressing].sort().map((i) => windows[i]!);
        const finishFirst = (w: string) => !s.callOnly.some((i) => windows[i] === w);
        const now = new Date();
        const oneByOne = await rolledBack(db, async (tx) => {
          const out: Outcome[] = [];
          for (const w of pressing) {
            const r = finishFirst(w)
              ? await finishAndCallNextAtWindow(tx, w, presserOf(duty), [], day, now)
              : { finished: null, ...(await callNextAtWindow(tx, w, presserOf(duty), day, now)) };
            out.push({
              window: w,
              finished: r.finished?.id ?? null,
              called: r.ticket?.id ?? null,
              paused: r.session?.status === 'paused',
              busy: r.busy?.number ?? null,
            });
          }
          return out;
        });
        const merged = (await callPressesAt(db, pressesAt(pressing, now, finishFirst))).map((r, i) => outcome(pressing[i]!, r));
        expect(merged).toEqual(oneByOne);
      }),
      { numRuns: 40 },
    );
  });

  it('writes both steps with their history and audit rows, and leaves a paused window and a stranger alone', async () => {
    await reset();
    // By number, not by the sorted ids: 1 serves J and K, 2 serves J, 3 serves K.
    const [w1, w2, w3, w4] = ['1', '2', '3', '4'].map((n) => h.win(n));
    const atW1 = await ticket(cats[0]!, { state: 'called', at: w1!, ageMs: 0 });
    const first = await ticket(cats[0]!, { ageMs: 1 });
    const elderly = await ticket(cats[1]!, { rank: 0, ageMs: 2 });
    await pauseWindow(w3!);
    const [{ n: eventsBefore }] = (await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM ticket_event`)) as [{ n: number }];
    const [{ n: auditsBefore }] = (await rows<{ n: number }>(
      h.p,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'queue.ticket.%'`,
    )) as [{ n: number }];

    const now = new Date();
    const presses = pressesAt([w1!, w2!, w3!], now);
    presses[0] = callPress(w1!, presserOf(duty), { caseIds: ['XY2026001'] }, day, now, now);
    const clerk = await findStaffByUsername(db, 'tq-clerk');
    const stranger = presserOf({ actor: (await resolveActor(db, clerk!.userId))!, ip: '127.0.0.1' });
    const result = await callPressesAt(db, [...presses, callPress(w4!, stranger, { caseIds: [] }, day, now, now)]);

    expect(result.map((r) => r.ord)).toEqual([0, 1, 2, 3]);
    // Window 1 (A and B) finishes its visitor with the case and takes the elderly B first; window 2 (A only) takes the A ticket.
    expect(outcome(w1!, result[0]!)).toEqual({ window: w1, finished: atW1, called: elderly, paused: false, busy: null });
    expect((result[0]!.finished as { case_ids: string[] }).case_ids).toEqual(['XY2026001']);
    expect(outcome(w2!, result[1]!)).toEqual({ window: w2, finished: null, called: first, paused: false, busy: null });
    expect(outcome(w3!, result[2]!)).toMatchObject({ finished: null, called: null, paused: true });
    // The township clerk may not act at a county window: refused, and nothing written for it.
    expect([result[3]!.acting_as, result[3]!.ticket, result[3]!.finished, result[3]!.found_id]).toEqual([null, null, null, null]);

    const [{ n: eventsAfter }] = (await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM ticket_event`)) as [{ n: number }];
    const audits = await rows<{ action: string; object_id: string; actor_name: string }>(
      h.p,
      sql`SELECT action, object_id, actor_name FROM audit_log WHERE action LIKE 'queue.ticket.%' ORDER BY seq OFFSET ${auditsBefore}`,
    );
    expect(eventsAfter - eventsBefore).toBe(3);
    expect(audits.map((a) => [a.action, a.object_id])).toEqual(
      expect.arrayContaining([
        ['queue.ticket.finish', atW1],
        ['queue.ticket.call', elderly],
        ['queue.ticket.call', first],
      ]),
    );
    expect(audits).toHaveLength(3);
    // The finish's rows come before the calls' rows.
    expect(audits[0]!.action).toBe('queue.ticket.finish');
    expect(new Set(audits.map((a) => a.actor_name))).toEqual(new Set([duty.actor.name]));
  });

  it('refuses presses at one window twice in one statement', async () => {
    await expect(callPressesAt(db, pressesAt([windows[0]!, windows[0]!], new Date()))).rejects.toThrow(/distinct windows/);
  });
});
