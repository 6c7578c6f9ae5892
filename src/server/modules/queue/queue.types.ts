import { z } from 'zod';
import { isoDate, PeriodQuery } from '../../platform/http/dates.ts';
import { idCardNumber, mobileNumber } from '../../platform/http/identifiers.ts';
import {
  categoryProblems,
  greenChannelClasses,
  isValidCallTemplate,
  MAX_RANGE_END,
  parseMonthDay,
  parseOpeningHours,
  priorities,
  PREFIX,
} from '../../../domain/queue/index.ts';

// Request schemas of the hall queue: one name for the schema and its type. Messages of our
// own refinements are Chinese (the kiosk shows them to visitors as written).

export const uuid = z.string().uuid({ message: '编号格式不正确' });
export const CenterParam = z.object({ centerId: uuid });
export const WindowParam = z.object({ windowId: uuid });
export const HallTicketParam = z.object({ centerId: uuid, id: uuid });
export const IdParam = z.object({ id: uuid });
export const ItemHoursQuery = z.object({ itemId: uuid });

const openingHours = z
  .string()
  .trim()
  .max(100)
  .refine((v) => parseOpeningHours(v) !== undefined, { message: '取号时间格式应为 08:30-12:00,13:30-17:30，时段不能重叠' })
  .nullable();

const categoryFields = {
  prefix: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => PREFIX.test(v), { message: '票号前缀须为一个大写英文字母（A–Z）' }),
  name: z.string().trim().min(1).max(30),
  description: z.string().trim().max(200).default(''),
  icon: z.string().trim().max(50).nullable().optional(),
  itemIds: z.array(uuid).max(500).default([]),
  rangeStart: z.number().int().min(1).max(MAX_RANGE_END).default(1),
  rangeEnd: z.number().int().min(1).max(MAX_RANGE_END).default(999),
  dailyQuota: z.number().int().min(1).max(MAX_RANGE_END).default(300),
  openingHours: openingHours.default(null),
  restDayHours: openingHours.default(null),
  summerHours: openingHours.default(null),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  greenChannel: z.boolean().default(false),
};

const rangeMessage = { message: '号段或每日限额不正确：起始号须不大于结束号，每日限额不能超过号段容量', path: ['rangeEnd'] };

export const CategoryInput = z
  .object({ centerId: uuid, ...categoryFields })
  .refine((c) => !categoryProblems(c).some((p) => p === 'range' || p === 'quota'), rangeMessage);
export type CategoryInput = z.infer<typeof CategoryInput>;

export const CategoryPatch = z.object({
  name: categoryFields.name.optional(),
  description: z.string().trim().max(200).optional(),
  icon: categoryFields.icon,
  itemIds: z.array(uuid).max(500).optional(),
  rangeStart: z.number().int().min(1).max(MAX_RANGE_END).optional(),
  rangeEnd: z.number().int().min(1).max(MAX_RANGE_END).optional(),
  dailyQuota: z.number().int().min(1).max(MAX_RANGE_END).optional(),
  openingHours: openingHours.optional(),
  restDayHours: openingHours.optional(),
  summerHours: openingHours.optional(),
  sortOrder: z.number().int().min(0).max(1000).optional(),
  active: z.boolean().optional(),
  greenChannel: z.boolean().optional(),
});
export type CategoryPatch = z.infer<typeof CategoryPatch>;

export const CategoryListQuery = z.object({ centerId: uuid, includeInactive: z.enum(['true', 'false']).default('false') });

export const WindowCategoriesInput = z.object({ categoryIds: z.array(uuid).max(50) });

/**
 * Visitors may claim the green channel at the kiosk (the window checks); appointments come from
 * check-in only, and the unnamed green channel from choosing a green-channel category.
 */
export const IssueInput = z.object({
  categoryId: uuid,
  priority: z.enum(priorities).exclude(['appointment', 'green']).default('normal'),
  phone: mobileNumber.optional(),
  idCard: idCardNumber.optional(),
  source: z.enum(['kiosk', 'remote']).default('kiosk'),
});
export type IssueInput = z.infer<typeof IssueInput>;

export const CallInput = z.object({ ticketId: uuid });
export const ResumeInput = z.object({ ticketId: uuid });
export const TransferInput = z
  .object({ categoryId: uuid.optional(), windowId: uuid.optional(), reason: z.string().trim().max(200).optional() })
  .refine((t) => t.categoryId || t.windowId, { message: '请选择转到的业务类别或窗口', path: ['categoryId'] });
export type TransferInput = z.infer<typeof TransferInput>;
export const FinishInput = z.object({ caseIds: z.array(z.string().trim().min(1).max(64)).max(20).default([]) });
export const PauseInput = z.object({ reason: z.string().trim().min(1, { message: '请填写暂停原因' }).max(100) });
export const ReasonInput = z.object({ reason: z.string().trim().max(200).optional() });

export const CloseDayInput = z.object({
  reason: z.string().trim().min(1, { message: '请填写关闭原因' }).max(200),
  date: isoDate.optional(),
});
export const StatsQuery = PeriodQuery;

const monthDay = z
  .string()
  .trim()
  .refine((v) => parseMonthDay(v) !== undefined, { message: '日期格式应为 月-日（如 05-01 或 5月1日），且须为真实日期' })
  .transform((v) => parseMonthDay(v)!);
const template = z.string().trim().refine(isValidCallTemplate, { message: '模板须包含 {票号}，且不超过 100 字' });
export const SettingsInput = z
  .object({
    voiceTemplate: template,
    ledTemplate: template,
    recallIntervalSeconds: z.number().int().min(0).max(600),
    noShowAfterCalls: z.number().int().min(1).max(10),
    waitSample: z.number().int().min(1).max(200),
    // Optional so an older console that sends only the fields above keeps the rest as they are.
    noticeText: z.string().trim().max(200).optional(),
    remoteTickets: z.boolean().optional(),
    restDayTickets: z.boolean().optional(),
    endOfDay: z.enum(['close', 'keep']).optional(),
    greenChannels: z.array(z.enum(greenChannelClasses)).max(greenChannelClasses.length).optional(),
    ticketFooter: z.string().trim().max(60).optional(),
    summerFrom: monthDay.nullable().optional(),
    summerTo: monthDay.nullable().optional(),
    screenStaffNames: z.boolean().optional(),
  })
  .refine((s) => (s.summerFrom === undefined) === (s.summerTo === undefined) && (s.summerFrom === null) === (s.summerTo === null), {
    message: '夏季作息须同时填写开始和结束日期（如 05-01 至 09-30），或都不填',
    path: ['summerTo'],
  });
export type SettingsInput = z.infer<typeof SettingsInput>;
