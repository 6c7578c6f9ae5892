import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { WindowStatus, WindowStep, WindowView } from '../../../../contract/queue.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { windowView } from './window.view.ts';
import { CallInput, FinishInput, PauseInput, ReasonInput, ResumeInput, TransferInput, WindowParam } from '../queue.types.ts';
import { transferFromWindow } from './transfer.service.ts';
import * as win from './window.service.ts';

const tags = ['queue 窗口叫号'];

/** The window's buttons in the workbench (queue.serve): the clerk at their own window, the duty head at any. */
export async function queueWindowRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const serve = { permission: 'queue.serve' } as const;
  const params = WindowParam;

  app.get('/queue/windows/:windowId', { config: serve, schema: { operationId: 'getQueueWindow', tags, params, response: { 200: WindowView } } }, async (req) =>
    windowView(ctx.db, who(req), req.params.windowId),
  );

  app.post('/queue/windows/:windowId/call-next', { config: serve, schema: { operationId: 'callNextTicket', tags, params, response: { 200: WindowStep } } }, async (req) =>
    win.callNext(ctx.db, who(req), req.params.windowId),
  );
  app.post(
    '/queue/windows/:windowId/call',
    { config: serve, schema: { operationId: 'callTicket', tags, params, body: CallInput, response: { 200: WindowStep } } },
    async (req) => win.callTicket(ctx.db, who(req), req.params.windowId, req.body.ticketId),
  );
  app.post('/queue/windows/:windowId/recall', { config: serve, schema: { operationId: 'recallTicket', tags, params, response: { 200: WindowStep } } }, async (req) =>
    win.recall(ctx.db, who(req), req.params.windowId),
  );
  app.post('/queue/windows/:windowId/no-show', { config: serve, schema: { operationId: 'markTicketNoShow', tags, params, response: { 200: WindowStep } } }, async (req) =>
    win.noShow(ctx.db, who(req), req.params.windowId),
  );
  app.post('/queue/windows/:windowId/start', { config: serve, schema: { operationId: 'startTicketService', tags, params, response: { 200: WindowStep } } }, async (req) =>
    win.start(ctx.db, who(req), req.params.windowId),
  );
  app.post(
    '/queue/windows/:windowId/finish',
    { config: serve, schema: { operationId: 'finishTicketService', tags, params, body: FinishInput.nullish(), response: { 200: WindowStep } } },
    async (req) => win.finish(ctx.db, who(req), req.params.windowId, req.body?.caseIds ?? []),
  );
  app.post(
    '/queue/windows/:windowId/finish-and-call-next',
    { config: serve, schema: { operationId: 'finishAndCallNextTicket', tags, params, body: FinishInput.nullish(), response: { 200: WindowStep } } },
    async (req) => win.finishAndCallNext(ctx.db, who(req), req.params.windowId, req.body?.caseIds ?? []),
  );
  app.post(
    '/queue/windows/:windowId/transfer',
    { config: serve, schema: { operationId: 'transferTicket', tags, params, body: TransferInput, response: { 200: WindowStep } } },
    async (req) => transferFromWindow(ctx.db, who(req), req.params.windowId, req.body),
  );
  app.post(
    '/queue/windows/:windowId/park',
    { config: serve, schema: { operationId: 'parkTicket', tags, params, body: ReasonInput.nullish(), response: { 200: WindowStep } } },
    async (req) => win.park(ctx.db, who(req), req.params.windowId, req.body?.reason),
  );
  app.post(
    '/queue/windows/:windowId/resume',
    { config: serve, schema: { operationId: 'resumeTicket', tags, params, body: ResumeInput, response: { 200: WindowStep } } },
    async (req) => win.resume(ctx.db, who(req), req.params.windowId, req.body.ticketId),
  );
  app.post(
    '/queue/windows/:windowId/pause',
    { config: serve, schema: { operationId: 'pauseWindow', tags, params, body: PauseInput, response: { 200: WindowStatus } } },
    async (req) => win.pause(ctx.db, who(req), req.params.windowId, req.body.reason),
  );
  app.post('/queue/windows/:windowId/reopen', { config: serve, schema: { operationId: 'reopenWindow', tags, params, response: { 200: WindowStatus } } }, async (req) =>
    win.reopen(ctx.db, who(req), req.params.windowId),
  );
}
