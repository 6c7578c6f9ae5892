import { date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per day that differs from the Monday–Friday default: 'off' (holiday or 调休 rest day)
 * or 'work' (调休 make-up working day on a weekend). `region_code` '' is the national calendar;
 * any other GB/T 2260 code overrides it for that region and every region below it.
 */
export const calendarDays = pgTable(
  'calendar_day',
  {
    regionCode: text('region_code').notNull().default(''),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull().default(''),
    source: text('source').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.date] }), index('calendar_day_date_idx').on(t.date)],
);

/**
 * Which years have data. A year absent here is unknown — the calendar refuses to compute in it
 * rather than guess weekends-only (a guessed 国庆 would silently shift every deadline).
 */
export const calendarYears = pgTable(
  'calendar_year',
  {
    regionCode: text('region_code').notNull().default(''),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    importedBy: text('imported_by'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);
