import { DEFAULT_APPOINTMENT_RULES, type AppointmentRules } from '../../../domain/appointment/index.ts';
import { hoursInText, yearSpanOf, type YearSpan } from '../../../domain/queue/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { findPublicCenter, listCenterWindows } from '../org/index.ts';
import { hallSettings, listCategories, listWindowCategories, type CategoryRow } from '../queue/index.ts';
import { findRules, type RulesRow } from './appointment.queries.ts';

// What every appointment use case needs of the hall: its name, its rules, and the categories
// that can be booked with the number of windows serving each (the capacity of a slot).

export function rulesOfRow(row: RulesRow | undefined): AppointmentRules {
  if (!row) return { ...DEFAULT_APPOINTMENT_RULES };
  const { centerId: _c, updatedBy: _b, updatedAt: _a, ...rules } = row;
  return rules;
}

export async function rulesOf(db: Db, centerId: string): Promise<AppointmentRules> {
  return rulesOfRow(await findRules(db, centerId));
}

/** The hall's summer timetable (夏季作息), whose dates take the categories' summer hours. */
export async function summerOf(db: Db, centerId: string): Promise<YearSpan | null> {
  const settings = await hallSettings(db, centerId);
  return yearSpanOf(settings.summerFrom, settings.summerTo);
}

/** The hall's own hours (the center's 办公时间), which a category without hours of its own follows. */
export async function hallHoursOf(db: Db, centerId: string): Promise<string | null> {
  return hoursInText((await findPublicCenter(db, centerId))?.openingHours);
}

export interface BookableCategory {
  category: CategoryRow;
  windows: number;
}

/** Active categories served by at least one active window of the hall. */
export async function bookableCategories(db: Db, centerId: string): Promise<BookableCategory[]> {
  const [categories, pairs, windows] = await Promise.all([
    listCategories(db, centerId),
    listWindowCategories(db, centerId),
    listCenterWindows(db, centerId),
  ]);
  const active = new Set(windows.filter((w) => w.active).map((w) => w.id));
  return categories
    .map((category) => ({ category, windows: pairs.filter((p) => p.categoryId === category.id && active.has(p.windowId)).length }))
    .filter((c) => c.windows > 0);
}

export async function publicCenterOrThrow(db: Db, centerId: string) {
  const center = await findPublicCenter(db, centerId);
  if (!center || !center.active) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  return center;
}

/** Names for the public view: one query per use, not per row. */
export async function namesOf(db: Db, centerId: string) {
  const [center, categories] = await Promise.all([findPublicCenter(db, centerId), listCategories(db, centerId, true)]);
  const byId = new Map(categories.map((c) => [c.id, c.name]));
  return (categoryId: string) => ({ centerName: center?.name ?? '', categoryName: byId.get(categoryId) ?? '' });
}
