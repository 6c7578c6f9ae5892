import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobList, JobQueued } from '../../../contract/system.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { listJobs, runJobNow } from './jobs.service.ts';

const tags = ['system 系统运行'];
const JobParam = z.object({ name: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, '任务名称格式不正确') });

/** The system administrator's view of the background jobs (jobs.manage): status and run now. */
export async function systemRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'jobs.manage' } as const;
  app.get('/system/jobs', { config, schema: { operationId: 'listJobs', tags, response: { 200: JobList } } }, async (req) => listJobs(ctx.db, ctx.jobs, actorOf(req)));
  app.post('/system/jobs/:name/run', { config, schema: { operationId: 'runJobNow', tags, params: JobParam, response: { 200: JobQueued } } }, async (req) =>
    runJobNow(ctx.db, ctx.jobs, req.params.name, { actor: actorOf(req), ip: req.ip }),
  );
}
