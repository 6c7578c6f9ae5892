// HTTP face of 上报件 (route listed in src/contract/case-escalation.ts). Forwarding is a case
// action through the one write path; this route only reads the link of a case in scope.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseEscalationView } from '../../../../contract/case-escalation.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { caseEscalation } from './escalation.read.ts';

export async function escalationRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/cases/:id/escalation',
    { config: { permission: 'case.read' }, schema: { operationId: 'getCaseEscalation', tags: ['case 办件'], params: z.object({ id: z.string() }), response: { 200: CaseEscalationView } } },
    async (req) => caseEscalation(ctx.db, actorOf(req), req.params.id),
  );
}
