// The consultation desk (staff) and the shared knowledge base (public, per item).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConsultationCreate, ConsultationList, ConsultationView, KnowledgeList } from '../../../../contract/case.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { knowledgeOf, listConsultations, logConsultation } from './consultation.service.ts';

const tags = ['case 办件'];

export async function consultationRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/consultations',
    { config: { permission: 'case.consult' }, schema: { operationId: 'logConsultation', tags, body: ConsultationCreate, response: { 200: ConsultationView } } },
    async (req) => logConsultation(ctx.db, { actor: actorOf(req), ip: req.ip }, req.body),
  );
  app.get(
    '/consultations',
    {
      config: { permission: 'case.consult' },
      schema: {
        operationId: 'listConsultations',
        tags,
        querystring: z.object({
          centerId: z.uuid().optional(),
          itemId: z.uuid().optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: ConsultationList },
      },
    },
    async (req) => listConsultations(ctx.db, actorOf(req), req.query),
  );
  app.get(
    '/portal/items/:itemId/knowledge',
    { config: { access: 'public' }, schema: { operationId: 'getItemKnowledge', tags: ['portal 办事大厅'], params: z.object({ itemId: z.uuid() }), security: [], response: { 200: KnowledgeList } } },
    async (req) => knowledgeOf(ctx.db, req.params.itemId),
  );
}
