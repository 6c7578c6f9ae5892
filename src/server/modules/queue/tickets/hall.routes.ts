import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Board, HallInfo, ItemHours, PublicTicket } from '../../../../contract/queue.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { buildBoard } from '../live/board.ts';
import { cancelHallTicket, getHallTicket, issueTicket, itemHours, listHallCategories } from './issue.service.ts';
import type { LiveSocket } from '../live/live.ts';
import { liveHubOf } from '../live/live.instance.ts';
import { CenterParam, HallTicketParam, IssueInput, ItemHoursQuery } from '../queue.types.ts';

const tags = ['hall 大厅排队（公开）'];

/** Public routes of the hall: the kiosk, the visitor's phone and the display screens. No sign-in. */
export async function hallRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' } as const;
  const visitor = (req: FastifyRequest, channel: 'kiosk' | 'remote' = 'kiosk') => ({ ip: req.ip, channel });

  // Per address and minute: a kiosk issues a few a minute at the morning peak; a script does not get the day's quota.
  const ticketLimit = ctx.config.HALL_TICKET_RATE_LIMIT ? { max: ctx.config.HALL_TICKET_RATE_LIMIT, timeWindow: 60_000 } : false;

  const hub = liveHubOf(ctx);

  app.get(
    '/hall/:centerId/categories',
    { config: open, schema: { operationId: 'listHallCategories', tags, params: CenterParam, security: [], response: { 200: HallInfo } } },
    async (req) => listHallCategories(ctx.db, req.params.centerId),
  );

  app.get(
    '/hall/:centerId/item-hours',
    {
      config: open,
      schema: {
        operationId: 'getHallItemHours',
        tags,
        params: CenterParam,
        querystring: ItemHoursQuery,
        security: [],
        response: { 200: ItemHours },
        description: '事项在本大厅的办理时间（办事指南显示）：覆盖该事项的取号类别的时间，否则为中心办公时间；预约时段由同一时间切分。',
      },
    },
    async (req) => itemHours(ctx.db, req.params.centerId, req.query.itemId),
  );

  app.post(
    '/hall/:centerId/tickets',
    {
      config: { ...open, rateLimit: ticketLimit },
      schema: { operationId: 'issueHallTicket', tags, params: CenterParam, body: IssueInput, security: [], response: { 201: PublicTicket } },
    },
    async (req, reply) => reply.status(201).send(await issueTicket(ctx.db, req.params.centerId, req.body, visitor(req, req.body.source))),
  );
  app.get(
    '/hall/:centerId/tickets/:id',
    { config: open, schema: { operationId: 'getHallTicket', tags, params: HallTicketParam, security: [], response: { 200: PublicTicket } } },
    async (req) => getHallTicket(ctx.db, req.params.centerId, req.params.id),
  );
  app.post(
    '/hall/:centerId/tickets/:id/cancel',
    { config: open, schema: { operationId: 'cancelHallTicket', tags, params: HallTicketParam, security: [], response: { 200: PublicTicket } } },
    async (req) => cancelHallTicket(ctx.db, req.params.centerId, req.params.id, visitor(req, 'remote')),
  );
  app.get(
    '/hall/:centerId/board',
    {
      config: open,
      schema: {
        operationId: 'getHallBoard',
        tags,
        params: CenterParam,
        security: [],
        description:
          '大厅看板（叫号屏、窗口屏）：各窗口当前票号与 LED 文字、最近呼叫、各类别等候人数、窗口状态与暂停原因、窗口办理类别（categoryIds）；' +
          '大厅设置 screenStaffNames 打开时，windows[].staffName 为在岗工作人员姓名，否则为 null。不含任何办事群众信息。', response: { 200: Board },
      },
    },
    async (req) => buildBoard(ctx.db, req.params.centerId),
  );

  // A WebSocket for the displays: the board on connect, then {type:'update', events, calls,
  // board} after every change. A plain GET (no upgrade) answers the board once.
  app.route({
    method: 'GET',
    url: '/hall/:centerId/live',
    config: open,
    schema: {
      operationId: 'liveHallBoard',
      tags,
      params: CenterParam,
      security: [],
      description: 'WebSocket: 连接后推送大厅看板，之后每次叫号、变动推送更新', response: { 200: Board },
    },
    handler: async (req) => buildBoard(ctx.db, req.params.centerId),
    wsHandler: (socket: LiveSocket, req: FastifyRequest) => {
      const { centerId } = CenterParam.parse(req.params);
      hub.attach(centerId, socket).catch((err: unknown) => {
        const code = err instanceof DomainError ? err.code : 'INTERNAL';
        if (socket.readyState === 1) socket.send(JSON.stringify({ type: 'error', code }));
        socket.close(code === 'NOT_FOUND' ? 4404 : 1011, code);
      });
    },
  });
}
