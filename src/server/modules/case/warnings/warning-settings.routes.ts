// HTTP face of the 预警阈值 screen (routes listed in src/contract/warning-settings.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WarningSetting, WarningSettingInput, WarningSettingList } from '../../../../contract/warning-settings.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { listWarningSettingsOf, setWarningSetting } from './warning-settings.service.ts';

const tags = ['case 办件'];

export async function warningSettingRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });

  app.get(
    '/cases/warning-settings',
    { config: { permission: 'warnings.manage' }, schema: { operationId: 'listWarningSettings', tags, response: { 200: WarningSettingList } } },
    async (req) => listWarningSettingsOf(ctx.db, actorOf(req)),
  );

  app.put(
    '/cases/warning-settings/:centerId',
    {
      config: { permission: 'warnings.manage' },
      schema: { operationId: 'setWarningSetting', tags, params: z.object({ centerId: z.string() }), body: WarningSettingInput, response: { 200: WarningSetting } },
    },
    async (req) => setWarningSetting(ctx.db, who(req), req.params.centerId, req.body.yellowWorkdays),
  );
}
