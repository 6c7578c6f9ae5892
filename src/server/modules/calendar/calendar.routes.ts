import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AddedDays, CalendarDayRow, CalendarDays, ImportPreview, WorkdaysBetween, YearsView } from '../../../contract/calendar.ts';
import { NoContent } from '../../../contract/common.ts';
import { addDays, toEpochDay } from '../../../domain/calendar/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { calendarCall } from './calendar.errors.ts';
import { listenForCalendarChanges, loadCalendar } from './calendar.loader.ts';
import * as svc from './calendar.service.ts';
import { type DaySource, AddQuery, BetweenQuery, DateParam, DayInput, DaysQuery, HolidayCnFile, MAX_RANGE_DAYS, RegionQuery } from './calendar.types.ts';
import { chinaToday, missingYearWarning } from './calendar.warning.ts';

const tags = ['calendar 工作日历'];

export async function calendarRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  // Every screen that shows a due date needs the calendar, so any signed-in staff may read it.
  const read = { access: 'signedIn' } as const;
  const manage = { permission: 'calendar.manage' } as const;

  // Writes on another instance reach this one's cache through NOTIFY.
  const unlisten = await listenForCalendarChanges(ctx.database, ctx.db);
  app.addHook('onClose', async () => unlisten());
  await warnIfNextYearMissing(ctx);

  app.get('/calendar/days', { config: read, schema: { operationId: 'listCalendarDays', tags, querystring: DaysQuery, response: { 200: CalendarDays } } }, async (req) => {
    const { from, to, region } = req.query;
    const span = toEpochDay(to) - toEpochDay(from) + 1;
    if (span < 1 || span > MAX_RANGE_DAYS) throw new DomainError('CALENDAR_RANGE_TOO_LONG', { from, to, days: span, max: MAX_RANGE_DAYS });
    const { calendar, rows } = await loadCalendar(ctx.db, region);
    const days = Array.from({ length: span }, (_, i) => {
      const date = addDays(from, i);
      const info = calendarCall(() => calendar.dayInfo(date));
      const row = rows.get(date);
      return { date, workday: info.workday, name: info.name ?? null, source: (row?.source ?? null) as DaySource | null, region: row ? row.regionCode : null };
    });
    return { region, from, to, days };
  });

  app.get('/calendar/years', { config: read, schema: { operationId: 'listCalendarYears', tags, response: { 200: YearsView } } }, async () => {
    const { years } = await loadCalendar(ctx.db);
    const today = chinaToday();
    const warning = missingYearWarning(years.map((y) => y.year), today) ?? null;
    return {
      today,
      years: years.map((y) => ({ year: y.year, source: y.source, importedAt: y.importedAt, importedBy: y.importedBy })),
      missingNextYearWarning: warning !== null,
      warning,
    };
  });

  app.get('/calendar/add', { config: read, schema: { operationId: 'addCalendarDays', tags, querystring: AddQuery, response: { 200: AddedDays } } }, async (req) => {
    const { date, n, unit, region } = req.query;
    const calendar = (await loadCalendar(ctx.db, region)).calendar;
    const dueDate = calendarCall(() => (unit === 'workday' ? calendar.addWorkdays(date, n) : calendar.dueFromNaturalDays(date, n)));
    return { date, n, unit, region, dueDate };
  });

  app.get('/calendar/between', { config: read, schema: { operationId: 'countCalendarWorkdays', tags, querystring: BetweenQuery, response: { 200: WorkdaysBetween } } }, async (req) => {
    const { from, to, region } = req.query;
    const calendar = (await loadCalendar(ctx.db, region)).calendar;
    return { from, to, region, workdays: calendarCall(() => calendar.workdaysBetween(from, to)) };
  });

  app.put('/calendar/days/:date', { config: manage, schema: { operationId: 'setCalendarDay', tags, params: DateParam, body: DayInput, response: { 200: CalendarDayRow } } }, async (req) =>
    svc.setDay(ctx.db, who(req), req.params.date, req.body),
  );

  app.delete('/calendar/days/:date', { config: manage, schema: { operationId: 'deleteCalendarDay', tags, params: DateParam, querystring: RegionQuery, response: { 204: NoContent } } }, async (req, reply) => {
    await svc.removeRegionDay(ctx.db, who(req), req.params.date, req.query.region);
    return reply.status(204).send();
  });

  // The console shows this before the administrator confirms the import.
  app.post('/calendar/import/preview', { config: manage, schema: { operationId: 'previewCalendarImport', tags, body: HolidayCnFile, response: { 200: ImportPreview } } }, async (req) =>
    svc.previewImport(ctx.db, req.body),
  );

  app.post('/calendar/import', { config: manage, schema: { operationId: 'importCalendarYear', tags, body: HolidayCnFile, response: { 200: ImportPreview } } }, async (req) =>
    svc.importHolidayCn(ctx.db, who(req), req.body),
  );
}

/** Logged once per start, so the operator sees it in the server log as well as in the console. */
async function warnIfNextYearMissing(ctx: AppContext): Promise<void> {
  try {
    const { years } = await loadCalendar(ctx.db);
    const warning = missingYearWarning(years.map((y) => y.year), chinaToday());
    if (warning) ctx.log.warn({ year: warning.year }, `${warning.message} / ${warning.messageEn}`);
  } catch (err) {
    ctx.log.warn({ err }, '工作日历无法加载 (calendar could not be loaded)');
  }
}
