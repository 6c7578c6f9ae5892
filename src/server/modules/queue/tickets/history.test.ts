import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapWindow, openHall, rows, type Hall } from '../queue.fixture.ts';

// The ticket and appointment histories are append-only (migration 0012), like the audit
// trail: the steps keep writing them, and nobody changes or removes a row afterwards.

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return String((err as { cause?: unknown }).cause ?? err);
  }
  return 'no error';
}

describe('ticket and appointment histories', () => {
  let h: Hall;
  beforeAll(async () => {
    h = await openHall();
    const category = await h.category('H');
    await mapWindow(h, '1', [category]);
    await h.issue(category);
    expect((await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk)).statusCode).toBe(200);
    expect((await h.post(`/queue/windows/${h.win('1')}/finish`, undefined, h.cookie.clerk)).statusCode).toBe(200);
  });
  afterAll(async () => h?.p.close());

  it('keeps writing the steps and refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = h.p.ctx.db;
    const [before] = await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM ticket_event`);
    expect(before!.n).toBeGreaterThanOrEqual(3); // issue, call, finish
    expect(await failure(db.execute(sql`UPDATE ticket_event SET action = 'finish'`))).toMatch(/append-only/);
    expect(await failure(db.execute(sql`DELETE FROM ticket_event`))).toMatch(/append-only/);
    expect(await failure(db.execute(sql`TRUNCATE ticket_event`))).toMatch(/append-only/);
    // No appointment here yet: the row trigger is checked in the catalogue, TRUNCATE by running it.
    const triggers = await rows<{ tgname: string }>(
      h.p,
      sql`SELECT tgname FROM pg_trigger WHERE tgrelid = 'appointment_event'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual(['appointment_event_append_only', 'appointment_event_no_truncate']);
    expect(await failure(db.execute(sql`TRUNCATE appointment_event`))).toMatch(/append-only/);
    const [after] = await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM ticket_event`);
    expect(after!.n).toBe(before!.n);
  });
});
