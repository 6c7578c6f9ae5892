import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PublicCenters } from '../../../../contract/org.ts';
import type { AppContext } from '../../../platform/context.ts';
import { listPublicCenters } from '../../org/index.ts';

/**
 * The centers a kiosk or display may be set up for, on its first start (no `?center=` in the
 * address yet). Public like the rest of the hall: names and levels of active centers only.
 */
export async function hallCentersRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/hall/centers',
    { config: { access: 'public' }, schema: { operationId: 'listHallCenters', tags: ['hall 大厅排队（公开）'], security: [], response: { 200: PublicCenters } } },
    async () => ({ items: await listPublicCenters(ctx.db) }),
  );
}
