import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain/errors/index.ts';
import { openAppointmentHall, person, rows, type AppointmentHall } from './appointment.fixture.ts';
import { bookAppointment } from './index.ts';

// Parallel bookings on real PostgreSQL connections (PGlite has one connection, so nothing
// would run concurrently there): the slot lock must keep a slot at its capacity, and the
// unique index must keep one booking per person and day when the same person races.

const url = process.env.DATABASE_URL;
const NOW0 = new Date('2026-06-01T09:00:00+08:00');
const web = { ip: '203.0.113.9', channel: 'online' as const };

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'OK';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe.skipIf(!url)('appointments under concurrency (PostgreSQL)', () => {
  let h: AppointmentHall;
  let cat: string;

  beforeAll(async () => {
    h = await openAppointmentHall();
    // Two windows × two places per window: capacity 4.
    cat = await h.category('Y', null, ['1', '2']);
    expect((await h.rules({ perWindowPerSlot: 2 })).statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => h?.p.close());

  it('lets exactly 4 of 30 parallel bookings into a slot of capacity 4', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        outcome(
          bookAppointment(h.p.ctx.db, h.county, { categoryId: cat, date: '2026-06-02', start: '09:00', ...person(100 + i) }, web, NOW0),
        ),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(4);
    expect(results.filter((r) => r === 'APPOINTMENT_SLOT_FULL')).toHaveLength(26);
    const [stored] = await rows<{ n: number }>(
      h.p,
      sql`SELECT count(*)::int AS n FROM appointment WHERE category_id = ${cat} AND service_date = '2026-06-02'`,
    );
    expect(stored!.n).toBe(4);
    const [queued] = await rows<{ n: number }>(h.p, sql`SELECT count(*)::int AS n FROM notification_outbox WHERE ref LIKE 'appointment:%'`);
    expect(queued!.n).toBe(4);
  });

  it('keeps one booking per person and day when the same person books ten slots at once', async () => {
    const starts = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:30', '14:00', '14:30', '15:00'];
    const results = await Promise.all(
      starts.map((start) =>
        outcome(bookAppointment(h.p.ctx.db, h.county, { categoryId: cat, date: '2026-06-03', start, ...person(200) }, web, NOW0)),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'APPOINTMENT_DUPLICATE_DAY')).toHaveLength(9);
  });
});
