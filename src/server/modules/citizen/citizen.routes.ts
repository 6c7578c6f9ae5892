// 网上办事大厅 accounts (issue #19): ask for a code, sign in with it, sign out, the account, real-name binding.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CitizenMe, CodeSent } from '../../../contract/citizen.ts';
import { NoContent } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { citizenOf } from '../../platform/http/guard.ts';
import { idCardShape, mobileNumber } from '../../platform/http/identifiers.ts';
import { closeSession } from './citizen-session.ts';
import { enterpriseRoutes } from './enterprise.routes.ts';
import { bindRealName, citizenMe, requestSignInCode, signInWithCode } from './citizen.service.ts';

const tags = ['portal 办事大厅'];

export async function citizenRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/portal/sign-in/code',
    {
      config: { access: 'public' },
      schema: { operationId: 'requestCitizenSignInCode', tags, security: [], body: z.object({ mobile: mobileNumber }), response: { 200: CodeSent } },
    },
    async (req) => requestSignInCode(ctx, req.body.mobile, req.ip),
  );
  app.post(
    '/portal/sign-in',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'citizenSignIn',
        tags,
        security: [],
        body: z.object({ mobile: mobileNumber, code: z.string().trim().regex(/^\d{6}$/, { message: '验证码为 6 位数字' }) }),
        response: { 200: CitizenMe },
      },
    },
    async (req, reply) => signInWithCode(ctx, reply, req.body.mobile, req.body.code, req.ip),
  );
  app.post(
    '/portal/sign-out',
    { config: { access: 'public' }, schema: { operationId: 'citizenSignOut', tags, security: [], response: { 204: NoContent } } },
    async (req, reply) => {
      await closeSession(ctx, req, reply);
      return reply.code(204).send();
    },
  );
  app.get('/portal/me', { config: { access: 'citizen' }, schema: { operationId: 'getCitizenMe', tags, response: { 200: CitizenMe } } }, async (req) => citizenMe(ctx.db, citizenOf(req)));
  app.post(
    '/portal/me/real-name',
    {
      config: { access: 'citizen' },
      schema: {
        operationId: 'bindCitizenRealName',
        tags,
        body: z.object({ name: z.string().trim().min(2).max(30), idNumber: idCardShape }),
        response: { 200: CitizenMe },
      },
    },
    async (req) => bindRealName(ctx, citizenOf(req), req.body, req.ip),
  );
  await enterpriseRoutes(base, ctx);
}
