import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { Alive, NotReady, Ready } from '../../../contract/health.ts';
import type { AppContext } from '../context.ts';

// /healthz: the process answers. /readyz: the database answers too.
export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  const tags = ['health 运行状态'];
  const healthz = { operationId: 'getHealth', tags, security: [], response: { 200: Alive } };
  const readyz = { operationId: 'getReadiness', tags, security: [], response: { 200: Ready, 503: NotReady } };
  app.get('/healthz', { schema: healthz }, async () => ({ status: 'ok' as const }));
  app.get('/readyz', { schema: readyz }, async (_req, reply) => {
    try {
      await ctx.db.execute(sql`SELECT 1`);
      return { status: 'ready' as const, database: ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', code: 'SERVICE_UNAVAILABLE', message: '数据库不可用' });
    }
  });
}
