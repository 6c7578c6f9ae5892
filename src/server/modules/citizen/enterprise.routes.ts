// 企业账号 and 委托代理 of the online hall (issue #19, decision 0044): the account's
// enterprises and their staff, the mandates it gave and holds. HTTP only; every rule is the
// services'.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EnterpriseList, EnterpriseView, enterpriseRoleValues, MandateLists, MandateView } from '../../../contract/citizen.ts';
import { isoDate, NoContent } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { citizenOf } from '../../platform/http/guard.ts';
import { idCardShape, mobileNumber } from '../../platform/http/identifiers.ts';
import { addStaff, changeStaffRole, getEnterprise, listMyEnterprises, registerEnterprise, removeStaff } from './enterprise.service.ts';
import { acceptMandate, getMandate, grantMandate, listMandates, revokeMandate } from './mandate.service.ts';

const tags = ['portal 办事大厅'];
// Ids are looked up, never trusted: an id of another account's record answers 404 like one that does not exist.
const Id = z.string().trim().min(1).max(60);
const IdParams = z.object({ id: Id });
const MemberParams = z.object({ id: Id, memberId: Id });
const role = z.enum(enterpriseRoleValues);

const RegisterEnterprise = z.object({
  /** 统一社会信用代码, checked by GB 32100 in the service (INVALID_USCC). */
  uscc: z.string().trim().toUpperCase().min(1).max(18),
  name: z.string().trim().min(2).max(100),
  legalRepName: z.string().trim().min(2).max(30),
  legalRepIdNumber: idCardShape,
});

const GrantMandate = z.object({
  principal: z.discriminatedUnion('kind', [z.object({ kind: z.literal('self') }), z.object({ kind: z.literal('enterprise'), enterpriseId: Id })]),
  agentMobile: mobileNumber,
  /** null: every item. */
  itemIds: z.array(Id).min(1).max(50).nullable(),
  validUntil: isoDate,
  text: z.string().trim().min(4).max(500),
});

export async function enterpriseRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const citizen = { access: 'citizen' as const };

  app.get('/portal/me/enterprises', { config: citizen, schema: { operationId: 'listCitizenEnterprises', tags, response: { 200: EnterpriseList } } }, async (req) =>
    listMyEnterprises(ctx.db, citizenOf(req)),
  );
  app.post(
    '/portal/me/enterprises',
    { config: citizen, schema: { operationId: 'registerCitizenEnterprise', tags, body: RegisterEnterprise, response: { 200: EnterpriseView } } },
    async (req) => registerEnterprise(ctx, citizenOf(req), req.body, req.ip),
  );
  app.get('/portal/me/enterprises/:id', { config: citizen, schema: { operationId: 'getCitizenEnterprise', tags, params: IdParams, response: { 200: EnterpriseView } } }, async (req) =>
    getEnterprise(ctx.db, citizenOf(req), req.params.id),
  );
  app.post(
    '/portal/me/enterprises/:id/staff',
    { config: citizen, schema: { operationId: 'addEnterpriseStaff', tags, params: IdParams, body: z.object({ mobile: mobileNumber, role }), response: { 200: EnterpriseView } } },
    async (req) => addStaff(ctx, citizenOf(req), req.params.id, req.body, req.ip),
  );
  app.patch(
    '/portal/me/enterprises/:id/staff/:memberId',
    { config: citizen, schema: { operationId: 'changeEnterpriseStaffRole', tags, params: MemberParams, body: z.object({ role }), response: { 200: EnterpriseView } } },
    async (req) => changeStaffRole(ctx, citizenOf(req), req.params.id, req.params.memberId, req.body.role, req.ip),
  );
  app.delete(
    '/portal/me/enterprises/:id/staff/:memberId',
    { config: citizen, schema: { operationId: 'removeEnterpriseStaff', tags, params: MemberParams, response: { 204: NoContent } } },
    async (req, reply) => {
      await removeStaff(ctx, citizenOf(req), req.params.id, req.params.memberId, req.ip);
      return reply.code(204).send();
    },
  );

  app.get('/portal/me/mandates', { config: citizen, schema: { operationId: 'listCitizenMandates', tags, response: { 200: MandateLists } } }, async (req) =>
    listMandates(ctx.db, citizenOf(req)),
  );
  app.post('/portal/me/mandates', { config: citizen, schema: { operationId: 'grantCitizenMandate', tags, body: GrantMandate, response: { 200: MandateView } } }, async (req) =>
    grantMandate(ctx, citizenOf(req), req.body, req.ip),
  );
  app.get('/portal/me/mandates/:id', { config: citizen, schema: { operationId: 'getCitizenMandate', tags, params: IdParams, response: { 200: MandateView } } }, async (req) =>
    getMandate(ctx.db, citizenOf(req), req.params.id),
  );
  app.post('/portal/me/mandates/:id/accept', { config: citizen, schema: { operationId: 'acceptCitizenMandate', tags, params: IdParams, response: { 200: MandateView } } }, async (req) =>
    acceptMandate(ctx, citizenOf(req), req.params.id, req.ip),
  );
  app.post('/portal/me/mandates/:id/revoke', { config: citizen, schema: { operationId: 'revokeCitizenMandate', tags, params: IdParams, response: { 200: MandateView } } }, async (req) =>
    revokeMandate(ctx, citizenOf(req), req.params.id, req.ip),
  );
}
