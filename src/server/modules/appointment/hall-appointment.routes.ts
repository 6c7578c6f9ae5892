import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppointmentList, AppointmentOptions, AppointmentPublic, CheckInResult, SlotList } from '../../../contract/appointment.ts';
import type { AppContext } from '../../platform/context.ts';
import {
  AppointmentParam,
  BookInput,
  CancelInput,
  CenterParam,
  CheckInInput,
  CodeQuery,
  LookupInput,
  SlotsQuery,
} from './appointment.types.ts';
import type { Visitor } from './appointment.events.ts';
import { bookAppointment } from './book.service.ts';
import { checkIn } from './check-in.service.ts';
import { appointmentOptions } from './rules.service.ts';
import { listSlots } from './slots.service.ts';
import { cancelAppointment, getAppointment, lookupAppointments } from './visit.service.ts';

const tags = ['hall-appointments 预约（公开）'];

/** Public routes of appointments (portal and kiosk); their background jobs are in appointment.jobs.ts. */
export async function hallAppointmentRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' } as const;
  // The writes and the look-ups by ID or phone share the ticket limit per address and minute:
  // enough for a kiosk at the morning peak, not for a script walking phone numbers.
  const limited = {
    ...open,
    rateLimit: ctx.config.HALL_TICKET_RATE_LIMIT ? { max: ctx.config.HALL_TICKET_RATE_LIMIT, timeWindow: 60_000 } : false,
  } as const;
  const visitor = (req: FastifyRequest, channel: Visitor['channel']): Visitor => ({ ip: req.ip, channel });

  app.get(
    '/hall/:centerId/appointment-options',
    { config: open, schema: { operationId: 'getAppointmentOptions', tags, params: CenterParam, security: [], response: { 200: AppointmentOptions } } },
    async (req) => appointmentOptions(ctx.db, req.params.centerId),
  );
  app.get(
    '/hall/:centerId/appointment-slots',
    { config: open, schema: { operationId: 'listAppointmentSlots', tags, params: CenterParam, querystring: SlotsQuery, security: [], response: { 200: SlotList } } },
    async (req) => listSlots(ctx.db, req.params.centerId, req.query.categoryId),
  );
  app.post(
    '/hall/:centerId/appointments',
    { config: limited, schema: { operationId: 'bookAppointment', tags, params: CenterParam, body: BookInput, security: [], response: { 201: AppointmentPublic } } },
    async (req, reply) => reply.status(201).send(await bookAppointment(ctx.db, req.params.centerId, req.body, visitor(req, 'online'))),
  );
  // POST so the ID number stays out of URLs and access logs.
  app.post(
    '/hall/:centerId/appointments/lookup',
    { config: limited, schema: { operationId: 'lookupAppointments', tags, params: CenterParam, body: LookupInput, security: [], response: { 200: AppointmentList } } },
    async (req) => lookupAppointments(ctx.db, req.params.centerId, req.body),
  );
  app.post(
    '/hall/:centerId/appointments/check-in',
    { config: limited, schema: { operationId: 'checkInAppointment', tags, params: CenterParam, body: CheckInInput, security: [], response: { 200: CheckInResult } } },
    async (req) => checkIn(ctx.db, req.params.centerId, req.body, visitor(req, 'kiosk')),
  );
  app.get(
    '/hall/:centerId/appointments/:id',
    { config: open, schema: { operationId: 'getAppointment', tags, params: AppointmentParam, querystring: CodeQuery, security: [], response: { 200: AppointmentPublic } } },
    async (req) => getAppointment(ctx.db, req.params.centerId, req.params.id, req.query.code),
  );
  app.post(
    '/hall/:centerId/appointments/:id/cancel',
    { config: limited, schema: { operationId: 'cancelAppointment', tags, params: AppointmentParam, body: CancelInput, security: [], response: { 200: AppointmentPublic } } },
    async (req) => cancelAppointment(ctx.db, req.params.centerId, req.params.id, req.body.code, visitor(req, 'online')),
  );
}
