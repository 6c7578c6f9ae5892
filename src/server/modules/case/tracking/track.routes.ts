// The public tracking route (the notices' QR codes land on /portal/track, which calls this).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TrackQuery, TrackResult } from '../../../../contract/case.ts';
import type { AppContext } from '../../../platform/context.ts';
import { trackCase } from './track.service.ts';

export async function caseTrackRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const limit = ctx.config.CASE_TRACK_RATE_LIMIT ? { max: ctx.config.CASE_TRACK_RATE_LIMIT, timeWindow: 60_000 } : false;
  app.get(
    '/portal/track',
    {
      config: { access: 'public', rateLimit: limit },
      schema: { operationId: 'trackCase', tags: ['portal 办事大厅'], querystring: TrackQuery, security: [], response: { 200: TrackResult } },
    },
    async (req) => trackCase(ctx.db, req.query.number, req.query.phone),
  );
}
