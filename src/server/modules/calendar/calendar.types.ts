import { z } from 'zod';
import * as contract from '../../../contract/calendar.ts';
import { isIsoDate } from '../../../domain/calendar/index.ts';
import { validateRegionCode } from '../../../domain/identifiers/index.ts';

// Request schemas of the calendar module: one name for the schema and its type. Messages of
// our own refinements are Chinese; the error handler keeps them as written.

export const MAX_RANGE_DAYS = 400;
export const dayKinds = ['off', 'work'] as const;
export const daySources = ['chinese-days', 'holiday-cn import', 'manual'] as const;
export type DaySource = (typeof daySources)[number];

export const isoDate = z.string().trim().refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD（如 2026-10-01），且须为真实日期' });

/** '' (or absent) is the national calendar; otherwise a GB/T 2260 code whose override applies below it too. */
export const regionParam = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || validateRegionCode(v).ok, { message: '行政区划代码不正确 (GB/T 2260: 6、9 或 12 位)；留空表示全国' });

export const DaysQuery = z.object({ from: isoDate, to: isoDate, region: regionParam });
export type DaysQuery = z.infer<typeof DaysQuery>;

export const AddQuery = z.object({
  date: isoDate,
  n: z.coerce.number().int().min(0).max(3650),
  unit: z.enum(['workday', 'naturalDay']).default('workday'),
  region: regionParam,
});
export type AddQuery = z.infer<typeof AddQuery>;

export const BetweenQuery = z.object({ from: isoDate, to: isoDate, region: regionParam });
export type BetweenQuery = z.infer<typeof BetweenQuery>;

export const DateParam = z.object({ date: isoDate });
export const RegionQuery = z.object({ region: regionParam });

export const DayInput = z.object({
  kind: z.enum(dayKinds),
  name: z.string().trim().max(50).default(''),
  region: regionParam,
});
export type DayInput = z.infer<typeof DayInput>;

/**
 * One holiday-cn year file (`{year, papers, days: [{name, date, isOffDay}]}`). A listed day
 * must lie in that year, except a make-up working day in the previous December: the State
 * Council sometimes moves work onto the last Saturday of the old year for 元旦 (2011-12-31).
 */
export const HolidayCnFile = z
  .object({
    year: z.number().int().min(2000).max(2100),
    papers: z.array(z.string().max(500)).max(20).optional(),
    days: z
      .array(z.object({ name: z.string().trim().min(1).max(50), date: z.string(), isOffDay: z.boolean() }))
      .min(1)
      .max(366),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.days.forEach((d, i) => {
      const path = ['days', i, 'date'];
      if (!isIsoDate(d.date)) {
        ctx.addIssue({ code: 'custom', path, message: `第 ${i + 1} 条：「${d.date}」不是有效日期（应为 YYYY-MM-DD）` });
        return;
      }
      const y = Number(d.date.slice(0, 4));
      const previousDecember = y === file.year - 1 && d.date.slice(5, 7) === '12' && !d.isOffDay;
      if (y !== file.year && !previousDecember) {
        ctx.addIssue({ code: 'custom', path, message: `第 ${i + 1} 条：${d.date} 不在 ${file.year} 年内` });
      }
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path, message: `第 ${i + 1} 条：${d.date} 重复出现` });
      seen.add(d.date);
    });
  });
export type HolidayCnFile = z.infer<typeof HolidayCnFile>;

/** What an import would change, day by day, against the national rows now stored (the answer's schema is in the contract). */
export type DayChange = z.output<typeof contract.DayChange>;
export type ImportPreview = z.output<typeof contract.ImportPreview>;
