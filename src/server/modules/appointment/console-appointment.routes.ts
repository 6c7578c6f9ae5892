import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { AppointmentParam, CenterParam, ListQuery, NotificationsQuery, RulesInput, StaffCancelInput } from './appointment.types.ts';
import { appointmentStats, listAppointments, listNotifications } from './console.service.ts';
import { PeriodQuery } from '../../platform/http/dates.ts';
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
    { config: manage, schema: { operationId: 'getAppointmentRules', tags, params: CenterParam } },
    async (req) => getRules(ctx.db, who(req), req.params.centerId),
  );
  app.put(
    '/queue/centers/:centerId/appointment-rules',
    { config: manage, schema: { operationId: 'updateAppointmentRules', tags, params: CenterParam, body: RulesInput } },
    async (req) => updateRules(ctx.db, who(req), req.params.centerId, req.body),
  );
  app.get(
    '/queue/centers/:centerId/appointments',
    { config: manage, schema: { operationId: 'listAppointments', tags, params: CenterParam, querystring: ListQuery } },
    async (req) => listAppointments(ctx.db, who(req), req.params.centerId, req.query),
  );
  app.post(
    '/queue/centers/:centerId/appointments/:id/cancel',
    { config: manage, schema: { operationId: 'cancelAppointmentByStaff', tags, params: AppointmentParam, body: StaffCancelInput } },
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
        querystring: PeriodQuery,
      },
    },
    async (req) => appointmentStats(ctx.db, who(req), req.params.centerId, req.query),
  );
  app.get(
    '/queue/centers/:centerId/notifications',
    { config: manage, schema: { operationId: 'listNotifications', tags, params: CenterParam, querystring: NotificationsQuery } },
    async (req) => listNotifications(ctx.db, who(req), req.params.centerId, req.query),
  );
}
