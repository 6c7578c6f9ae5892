// HTTP face of the hand-out (routes listed in src/contract/delivery.ts): the window's queue and
// actions (staff), and the cabinet adapter's one public route.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../../../contract/common.ts';
import { CabinetPickupRequest, CabinetPickupResult, DeliveryActionRequest, DeliveryQueue, DeliveryQueueQuery, DeliveryView } from '../../../../contract/delivery.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { caseFiles } from '../case.uploads.ts';
import { publicUrlOf } from '../case.routes.ts';
import { pickUpFromCabinet } from './cabinet.service.ts';
import { deliveryQueue, deliveryView, signatureOf } from './delivery.read.ts';
import { actOnDelivery } from './delivery.service.ts';

const tags = ['case 办件'];
const IdParam = z.object({ id: z.string() });

export async function deliveryRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const files = () => caseFiles(ctx);

  app.get(
    '/deliveries',
    { config: { permission: 'case.read' }, schema: { operationId: 'listDeliveries', tags, querystring: DeliveryQueueQuery, response: { 200: DeliveryQueue } } },
    async (req) => deliveryQueue(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/cases/:id/delivery',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCaseDelivery', tags, params: IdParam, response: { 200: DeliveryView } } },
    async (req) => deliveryView(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/cases/:id/delivery/actions',
    { config: { permission: 'case.act' }, schema: { operationId: 'actOnCaseDelivery', tags, params: IdParam, body: DeliveryActionRequest, response: { 200: DeliveryView } } },
    async (req) => actOnDelivery(ctx.db, who(req), req.params.id, req.body, { config: ctx.config, files, publicUrl: publicUrlOf(ctx, req) }),
  );

  app.get(
    '/cases/:id/delivery/signature',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCaseDeliverySignature', tags, params: IdParam, response: { 200: fileResponse('image/png', 'The collector’s signature') } } },
    async (req, reply) => {
      const sha = await signatureOf(ctx.db, actorOf(req), req.params.id);
      const file = sha ? await (await files()).get(sha) : null;
      if (!file) throw new DomainError('NOT_FOUND', { object: 'signature', id: req.params.id });
      return reply.header('content-type', 'image/png').header('cache-control', 'private, no-store').send(file.bytes as unknown as string);
    },
  );

  // The cabinet adapter contract: public (the cabinet has no staff session), rate-limited per
  // address, and with CABINET_API_KEY set the cabinet must present it.
  const limit = ctx.config.CABINET_RATE_LIMIT ? { max: ctx.config.CABINET_RATE_LIMIT, timeWindow: 60_000 } : false;
  app.post(
    '/cabinets/:cabinetId/pickups',
    {
      config: { access: 'public', rateLimit: limit },
      schema: {
        operationId: 'pickUpFromCabinet',
        tags: ['cabinet 智能柜'],
        security: [],
        params: z.object({ cabinetId: z.string().regex(/^[A-Za-z0-9-]{1,40}$/) }),
        body: CabinetPickupRequest,
        response: { 200: CabinetPickupResult },
      },
    },
    async (req) => {
      const key = ctx.config.CABINET_API_KEY;
      if (key && req.headers['x-cabinet-key'] !== key) throw new DomainError('CABINET_KEY_INVALID');
      return pickUpFromCabinet(ctx.db, ctx.config, req.params.cabinetId, req.body.code, { publicUrl: publicUrlOf(ctx, req) });
    },
  );
}
