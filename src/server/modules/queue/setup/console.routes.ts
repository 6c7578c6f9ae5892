import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DayClosed, HallSettings, HallStats, TicketCategories, TicketCategory, WindowCategories, WindowCategoriesSet, WindowStep } from '../../../../contract/queue.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { closeDay } from '../day/day.service.ts';
import { hallStats } from '../stats/stats.service.ts';
import {
  CategoryInput,
  CategoryListQuery,
  CategoryPatch,
  CenterParam,
  CloseDayInput,
  IdParam,
  SettingsInput,
  StatsQuery,
  TransferInput,
  WindowCategoriesInput,
  WindowParam,
} from '../queue.types.ts';
import * as setup from './setup.service.ts';
import { transferWaiting } from '../window/transfer.service.ts';

const tags = ['queue-console 排队管理'];

/** The hall's settings in the console (queue.manage): categories, windows ↔ categories, settings, end of day, statistics. */
export async function queueConsoleRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const manage = { permission: 'queue.manage' } as const;

  app.get(
    '/queue/categories',
    { config: manage, schema: { operationId: 'listTicketCategories', tags, querystring: CategoryListQuery, response: { 200: TicketCategories } } },
    async (req) => ({
      items: await setup.listCategoriesInScope(ctx.db, who(req), req.query.centerId, req.query.includeInactive === 'true'),
    }),
  );
  app.post(
    '/queue/categories',
    { config: manage, schema: { operationId: 'createTicketCategory', tags, body: CategoryInput, response: { 201: TicketCategory } } },
    async (req, reply) => reply.status(201).send(await setup.createCategory(ctx.db, who(req), req.body)),
  );
  app.patch(
    '/queue/categories/:id',
    { config: manage, schema: { operationId: 'updateTicketCategory', tags, params: IdParam, body: CategoryPatch, response: { 200: TicketCategory } } },
    async (req) => setup.updateCategory(ctx.db, who(req), req.params.id, req.body),
  );

  app.get(
    '/queue/centers/:centerId/window-categories',
    { config: manage, schema: { operationId: 'listWindowCategories', tags, params: CenterParam, response: { 200: WindowCategories } } },
    async (req) => ({
      items: await setup.windowMapping(ctx.db, who(req), req.params.centerId),
    }),
  );
  app.put(
    '/queue/windows/:windowId/categories',
    { config: manage, schema: { operationId: 'setWindowCategories', tags, params: WindowParam, body: WindowCategoriesInput, response: { 200: WindowCategoriesSet } } },
    async (req) => setup.setWindowCategories(ctx.db, who(req), req.params.windowId, req.body.categoryIds),
  );

  app.get(
    '/queue/centers/:centerId/settings',
    { config: manage, schema: { operationId: 'getHallSettings', tags, params: CenterParam, response: { 200: HallSettings } } },
    async (req) => setup.getSettings(ctx.db, who(req), req.params.centerId),
  );
  app.put(
    '/queue/centers/:centerId/settings',
    { config: manage, schema: { operationId: 'updateHallSettings', tags, params: CenterParam, body: SettingsInput, response: { 200: HallSettings } } },
    async (req) => setup.updateSettings(ctx.db, who(req), req.params.centerId, req.body),
  );

  app.post(
    '/queue/tickets/:id/transfer',
    { config: manage, schema: { operationId: 'transferWaitingTicket', tags, params: IdParam, body: TransferInput, response: { 200: WindowStep } } },
    async (req) => transferWaiting(ctx.db, who(req), req.params.id, req.body),
  );
  app.post(
    '/queue/centers/:centerId/close-day',
    { config: manage, schema: { operationId: 'closeQueueDay', tags, params: CenterParam, body: CloseDayInput, response: { 200: DayClosed } } },
    async (req) => closeDay(ctx.db, who(req), req.params.centerId, req.body.reason, req.body.date),
  );
  app.get(
    '/queue/centers/:centerId/stats',
    {
      config: manage,
      schema: {
        operationId: 'getQueueStats',
        tags,
        description:
          '大厅排队统计：date 为一天，或 from 与 to 同时给出（含两端，最长 366 天）；都不给为今天（北京时间）。返回区间合计 total（中位数按区间内全部票号计算）、' +
          '按类别、按日（只列有票号的日期）、按窗口、按人员的取号、办结、过号、取消、日终关闭数和等候/办理时间（秒）。区间不合法为 400 QUEUE_STATS_PERIOD。',
        params: CenterParam,
        querystring: StatsQuery, response: { 200: HallStats },
      },
    },
    async (req) => hallStats(ctx.db, who(req), req.params.centerId, req.query),
  );
}
