import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppointmentHall, rows, type AppointmentHall } from './appointment.fixture.ts';

// One source of hours (issue #15: the center and the guide said 9:00–12:00 and 13:30–17:30
// while booking offered 08:30–12:00 and 14:00–17:30): a category's own hours, else the hall's
// (the center's 办公时间). The guide's hours, the kiosk's and the booking slots all follow it.

let h: AppointmentHall;
let social: { id: string; itemId: string };
beforeAll(async () => {
  h = await openAppointmentHall();
  const [row] = await rows<{ id: string; item: string }>(
    h.p,
    sql`SELECT id, item_ids[1] AS item FROM ticket_category WHERE center_id = ${h.county} AND prefix = 'B'`,
  );
  social = { id: row!.id, itemId: row!.item };
  expect((await h.rules({ minDaysAhead: 1, maxDaysAhead: 10 })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => h?.p.close());

const slotsOf = async (categoryId: string) => {
  const days = (await h.get(`/hall/${h.county}/appointment-slots?categoryId=${categoryId}`)).json().days as { slots: { start: string; end: string }[] }[];
  return days.find((d) => d.slots.length)!.slots;
};

describe('hours of the demo county hall', () => {
  it('shows the center’s hours for an item whose category has none, and cuts the booking slots from the same hours', async () => {
    const item = (await h.get(`/hall/${h.county}/item-hours?itemId=${social.itemId}`)).json();
    expect(item).toMatchObject({ categoryName: '社保医保', hours: '09:00-12:00,13:30-17:30' });
    const kiosk = (await h.get(`/hall/${h.county}/categories`)).json().items.find((c: { prefix: string }) => c.prefix === 'B');
    expect(kiosk.openingHours).toBe('09:00-12:00,13:30-17:30');
    const slots = await slotsOf(social.id);
    expect(slots[0]).toMatchObject({ start: '09:00', end: '09:30' });
    expect(slots.map((s) => s.start)).toContain('13:30');
    expect(slots.map((s) => s.start)).not.toContain('08:30');
    expect(slots.at(-1)).toMatchObject({ end: '17:30' });
  });

  it('follows a category’s own hours everywhere once the manager sets them', async () => {
    const patch = await h.post(`/queue/categories/${social.id}`, { openingHours: '08:00-11:00' }, h.cookie.manager, 'PATCH');
    expect(patch.statusCode).toBe(200);
    expect((await h.get(`/hall/${h.county}/item-hours?itemId=${social.itemId}`)).json().hours).toBe('08:00-11:00');
    const slots = await slotsOf(social.id);
    expect([slots[0]!.start, slots.at(-1)!.end]).toEqual(['08:00', '11:00']);
  });

  it('answers an item no category covers with the center’s hours, and an unknown center with 404', async () => {
    const other = (await h.get(`/hall/${h.county}/item-hours?itemId=00000000-0000-4000-8000-000000000000`)).json();
    expect(other).toMatchObject({ categoryName: null, hours: '09:00-12:00,13:30-17:30' });
    expect((await h.get(`/hall/00000000-0000-4000-8000-000000000000/item-hours?itemId=${social.itemId}`)).statusCode).toBe(404);
  });
});
