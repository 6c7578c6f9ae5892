import { z } from 'zod';
import { isIsoDate } from '../../../domain/calendar/index.ts';

/** A real `YYYY-MM-DD` date (2026-02-30 is refused), in Chinese when it is not. */
export const isoDate = z.string().trim().refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD（如 2026-10-01），且须为真实日期' });

/** One day (`date`), or a period (`from` and `to` together, both days included); today when none is given. */
export const PeriodQuery = z
  .object({ date: isoDate.optional(), from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: '请同时提供开始日期和结束日期', path: ['to'] });
export type PeriodQuery = z.infer<typeof PeriodQuery>;
