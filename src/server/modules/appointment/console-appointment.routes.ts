import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppointmentFigures, AppointmentPage, AppointmentPublic, AppointmentRules, OutboxPage } from '../../../contract/appointment.ts';
import { fileResponse } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { AppointmentParam, CenterParam, ListQuery, NotificationsQuery, RulesInput, StaffCancelInput } from './appointment.types.ts';
import { appointmentStats, listAppointments, listNotifications } from './console.service.ts';
import { PeriodQuery } from '../../platform/http/dates.ts';
import { sendXlsx, XLSX_TYPE } from '../../platform/http/xlsx.ts';
import { hallStamp } from '../../../domain/queue/index.ts';
import { hallStats, statsWorkbook } from '../queue/index.ts';
import { getRules, updateRules } from './rules.service.ts';
import { cancelByStaff } from './visit.service.ts';

const tags = ['appointment-console 预约管理'];

/** The hall manager's side of appointments (queue.manage): rules, the day's bookings (and cancelling one for a visitor), the figures of a period, the SMS outbox. */
export async function appointmentConsoleRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const manage = { permission: 'queue.manage' } as const;

  app.get(
    '/queue/centers/:centerId/appointment-rules',
    { config: manage, schema: { operationId: 'getAppointmentRules', tags, params: CenterParam, response: { 200: AppointmentRules } } },
    async (req) => getRules(ctx.db, who(req), req.params.centerId),
  );
  app.put(
    '/queue/centers/:centerId/appointment-rules',
    { config: manage, schema: { operationId: 'updateAppointmentRules', tags, params: CenterParam, body: RulesInput, response: { 200: AppointmentRules } } },
    async (req) => updateRules(ctx.db, who(req), req.params.centerId, req.body),
  );
  app.get(
    '/queue/centers/:centerId/appointments',
    { config: manage, schema: { operationId: 'listAppointments', tags, params: CenterParam, querystring: ListQuery, response: { 200: AppointmentPage } } },
    async (req) => listAppointments(ctx.db, who(req), req.params.centerId, req.query),
  );
  app.post(
    '/queue/centers/:centerId/appointments/:id/cancel',
    { config: manage, schema: { operationId: 'cancelAppointmentByStaff', tags, params: AppointmentParam, body: StaffCancelInput, response: { 200: AppointmentPublic } } },
    async (req) => cancelByStaff(ctx.db, who(req), req.params.centerId, req.params.id, req.body.reason),
  );
  app.get(
    '/queue/centers/:centerId/appointment-stats',
    {
      config: manage,
      schema: {
        operationId: 'getAppointmentStats',
        tags,
        description:
          '预约统计：区间同 getQueueStats（按预约日期）。booked 为区间内全部预约，waiting 仍待签到，checkedIn、cancelled、noShow 按结果计；' +
          'noShowRate = noShow ÷ (checkedIn + noShow)，尚无结果时为 null。',
        params: CenterParam,
        querystring: PeriodQuery, response: { 200: AppointmentFigures },
      },
    },
    async (req) => appointmentStats(ctx.db, who(req), req.params.centerId, req.query),
  );
  // The hall's workbook holds the tickets and the bookings of the period, so it is served here,
  // where both can be read (the queue module cannot import appointments).
  app.get(
    '/queue/centers/:centerId/stats.xlsx',
    {
      config: manage,
      schema: {
        operationId: 'exportQueueStats',
        tags: ['queue-console 排队管理'],
        description:
          '大厅排队统计导出为 Excel：汇总（区间内有预约时附预约数、签到、取消、爽约与爽约率）、按类别、按日、按窗口、按人员；时间以分钟计（一位小数）。区间同 getQueueStats。',
        params: CenterParam,
        querystring: PeriodQuery, response: { 200: fileResponse(XLSX_TYPE, '大厅排队统计工作簿 (xlsx)') },
      },
    },
    async (req, reply) => {
      const now = new Date();
      const stats = await hallStats(ctx.db, who(req), req.params.centerId, req.query, now);
      const bookings = await appointmentStats(ctx.db, who(req), req.params.centerId, req.query, now);
      const file = await statsWorkbook(stats, hallStamp(now), bookings);
      const span = stats.from === stats.to ? stats.from : `${stats.from}_${stats.to}`;
      return sendXlsx(reply, file, `大厅排队统计-${span}.xlsx`, `hall-stats-${span}.xlsx`);
    },
  );
  app.get(
    '/queue/centers/:centerId/notifications',
    { config: manage, schema: { operationId: 'listNotifications', tags, params: CenterParam, querystring: NotificationsQuery, response: { 200: OutboxPage } } },
    async (req) => listNotifications(ctx.db, who(req), req.params.centerId, req.query),
  );
}
