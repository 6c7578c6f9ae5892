import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.ts';
import type { Database } from '../../platform/db/types.ts';
import { loadDeadlineCalendar, loadWorkCalendar } from './calendar.loader.ts';
import { ensureCalendarSeeded } from './calendar.seed.ts';

// A case accepted in December whose limit runs into a year not imported yet still gets a due
// date: that year counts Monday to Friday with 元旦 off, and is named as provisional.
describe('the deadline calendar', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await ensureCalendarSeeded(database.db);
  });
  afterAll(async () => database?.close());

  it('extends the stored years with provisional ones and counts them Monday to Friday with 元旦 off', async () => {
    const stored = (await loadWorkCalendar(database.db, '610429')).coveredYears();
    const last = Math.max(...stored);
    const { calendar, provisionalYears } = await loadDeadlineCalendar(database.db, '610429', last + 2);
    expect(provisionalYears).toEqual([last + 1, last + 2]);
    const jan1 = `${last + 1}-01-01`;
    expect(calendar.isWorkday(jan1)).toBe(false);
    // The first working day after 31 December of the last stored year skips 元旦 and any weekend.
    const next = calendar.addWorkdays(`${last}-12-31`, 1);
    expect(next > jan1).toBe(true);
    const weekday = new Date(`${next}T00:00:00Z`).getUTCDay();
    expect(weekday >= 1 && weekday <= 5).toBe(true);
    // 20 working days from the last stored Christmas lands in the provisional year, on a weekday.
    const due = calendar.addWorkdays(`${last}-12-25`, 20);
    expect(due.startsWith(String(last + 1))).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(new Date(`${due}T00:00:00Z`).getUTCDay());
  });

  it('adds nothing when the stored years reach far enough', async () => {
    const stored = (await loadWorkCalendar(database.db, '610429')).coveredYears();
    const r = await loadDeadlineCalendar(database.db, '610429', Math.max(...stored));
    expect(r.provisionalYears).toEqual([]);
  });
});
