import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '../../../contract/common.ts';
import { Staff, StaffPage, StaffPersonal } from '../../../contract/org.ts';
import { roles } from '../../../domain/access/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { offsetOf, pageQuery } from '../../platform/http/pagination.ts';
import { ListFilter } from './org.types.ts';
import { listStaff } from './staff.queries.ts';
import * as svc from './staff.service.ts';
import { PasswordReset, StaffInput, StaffPatch, StaffRoles } from './staff.types.ts';

const idParam = z.object({ id: z.string().uuid() });
const tags = ['staff 人员'];

export async function staffRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  const manage = { permission: 'staff.manage' } as const;
  const roleAdmin = { permission: 'staff.roles' } as const;

  app.get(
    '/staff',
    { config: { permission: 'staff.read' }, schema: { operationId: 'listStaff', tags, querystring: pageQuery.extend(ListFilter.shape).extend({ role: z.enum(roles).optional() }), response: { 200: StaffPage } } },
    async (req) => {
      const r = await listStaff(ctx.db, actorOf(req), req.query, offsetOf(req.query));
      return { items: r.items.map(svc.publicStaff), total: r.total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
  app.get('/staff/:id', { config: { permission: 'staff.read' }, schema: { operationId: 'getStaff', tags, params: idParam, response: { 200: StaffPersonal } } }, async (req) =>
    svc.readStaffPersonal(ctx.db, who(req), req.params.id),
  );
  app.post('/staff', { config: manage, schema: { operationId: 'createStaff', tags, body: StaffInput, response: { 201: Staff } } }, async (req, reply) =>
    reply.status(201).send(await svc.createStaff(ctx.db, who(req), req.body)),
  );
  app.patch('/staff/:id', { config: manage, schema: { operationId: 'updateStaff', tags, params: idParam, body: StaffPatch, response: { 200: Staff } } }, async (req) =>
    svc.updateStaff(ctx.db, who(req), req.params.id, req.body),
  );
  app.post('/staff/:id/active', { config: manage, schema: { operationId: 'setStaffActive', tags, params: idParam, body: z.object({ active: z.boolean() }), response: { 200: Staff } } }, async (req) =>
    svc.setStaffActive(ctx.db, who(req), req.params.id, req.body.active),
  );
  app.post('/staff/:id/password-reset', { config: manage, schema: { operationId: 'resetStaffPassword', tags, params: idParam, body: PasswordReset, response: { 204: NoContent } } }, async (req, reply) => {
    await svc.resetStaffPassword(ctx.db, who(req), req.params.id, req.body.temporaryPassword);
    return reply.status(204).send();
  });
  app.put('/staff/:id/roles', { config: roleAdmin, schema: { operationId: 'setStaffRoles', tags, params: idParam, body: StaffRoles, response: { 200: Staff } } }, async (req) =>
    svc.setStaffRoles(ctx.db, who(req), req.params.id, req.body.roles),
  );
  app.post('/staff/:id/unlock', { config: roleAdmin, schema: { operationId: 'unlockStaff', tags, params: idParam, response: { 204: NoContent } } }, async (req, reply) => {
    await svc.unlockStaff(ctx.db, who(req), req.params.id);
    return reply.status(204).send();
  });
  app.post('/staff/:id/two-factor-reset', { config: roleAdmin, schema: { operationId: 'resetStaffTwoFactor', tags, params: idParam, response: { 204: NoContent } } }, async (req, reply) => {
    await svc.resetStaffTwoFactor(ctx.db, who(req), req.params.id);
    return reply.status(204).send();
  });
}
