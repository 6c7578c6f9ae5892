// HTTP face of the back office (routes listed in src/contract/task.ts). Passing and returning a
// step are case actions (POST /cases/:id/actions), not routes of their own.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../../contract/common.ts';
import { FollowupItem, TaskAssign, TaskAssignees, TaskInbox, TaskInboxQuery, TaskRecordInput, TaskView } from '../../../../contract/task.ts';
import type { AppContext } from '../../../platform/context.ts';
import { acceptUploads, caseFiles, uploadTypes } from '../case.uploads.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { claimFollowup } from './followup.service.ts';
import { addAttachment, assigneesOf, assignTask, claimTask, inbox, readAttachment, saveRecord, taskView } from './task.service.ts';

const tags = ['task 后台审批'];
const IdParam = z.object({ id: z.string() });

export async function taskRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });

  app.get(
    '/tasks',
    { config: { permission: 'task.work' }, schema: { operationId: 'listTasks', tags, querystring: TaskInboxQuery, response: { 200: TaskInbox } } },
    async (req) => inbox(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/tasks/:id',
    { config: { permission: 'task.work' }, schema: { operationId: 'getTask', tags, params: IdParam, response: { 200: TaskView } } },
    async (req) => taskView(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/tasks/:id/claim',
    { config: { permission: 'task.work' }, schema: { operationId: 'claimTask', tags, params: IdParam, response: { 200: TaskView } } },
    async (req) => claimTask(ctx.db, who(req), req.params.id),
  );

  app.post(
    '/tasks/:id/assign',
    { config: { permission: 'task.assign' }, schema: { operationId: 'assignTask', tags, params: IdParam, body: TaskAssign, response: { 200: TaskView } } },
    async (req) => assignTask(ctx.db, who(req), req.params.id, req.body),
  );

  app.get(
    '/tasks/:id/assignees',
    { config: { permission: 'task.assign' }, schema: { operationId: 'listTaskAssignees', tags, params: IdParam, response: { 200: TaskAssignees } } },
    async (req) => assigneesOf(ctx.db, actorOf(req), req.params.id),
  );

  app.put(
    '/tasks/:id/record',
    { config: { permission: 'task.work' }, schema: { operationId: 'saveTaskRecord', tags, params: IdParam, body: TaskRecordInput, response: { 200: TaskView } } },
    async (req) => saveRecord(ctx.db, who(req), req.params.id, req.body),
  );

  // 容缺补交 / 承诺核查 follow-ups (decision 0033): claimed here, worked by the case's own actions.
  app.post(
    '/tasks/followups/:id/claim',
    { config: { permission: 'task.work' }, schema: { operationId: 'claimFollowup', tags, params: IdParam, response: { 200: FollowupItem } } },
    async (req) => claimFollowup(ctx.db, who(req), req.params.id),
  );

  // Attachments arrive as the raw file body (photo or scan); the name travels in the query.
  const files = () => caseFiles(ctx);
  acceptUploads(app, ctx);

  app.post(
    '/tasks/:id/attachments',
    {
      config: { permission: 'task.work' },
      bodyLimit: ctx.config.FILE_MAX_BYTES,
      schema: { operationId: 'addTaskAttachment', tags, consumes: uploadTypes, params: IdParam, querystring: z.object({ name: z.string().trim().max(200).default('') }), response: { 200: TaskView } },
    },
    async (req) => addAttachment(ctx.db, await files(), who(req), req.params.id, req.body as Buffer, req.query.name),
  );

  app.get(
    '/tasks/:id/attachments/:sha256',
    {
      config: { permission: 'task.work' },
      schema: { operationId: 'getTaskAttachment', tags, params: z.object({ id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }), response: { 200: fileResponse('application/octet-stream', 'The attachment as stored (its own content type)') } },
    },
    async (req, reply) => {
      const file = await readAttachment(ctx.db, await files(), actorOf(req), req.params.id, req.params.sha256);
      return reply.header('content-type', file.contentType).header('cache-control', 'private, no-store').send(file.bytes as unknown as string);
    },
  );
}
