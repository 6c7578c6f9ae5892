import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditPage, AuditVerifyResult, type AuditResult } from '../../../contract/audit.ts';
import { recordAudit, searchAudit, verifyAudit } from '../../platform/audit/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { offsetOf, pageQuery } from '../../platform/http/pagination.ts';
import { staffNames } from '../org/index.ts';

const tags = ['audit 审计'];
const AuditQuery = pageQuery.extend({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  actor: z.string().trim().max(60).optional(),
  action: z.string().trim().max(60).optional(),
  objectType: z.string().trim().max(40).optional(),
  objectId: z.string().trim().max(80).optional(),
  result: z.enum(['ok', 'failed', 'denied']).optional(),
});

// Read-only by design: there is no route that changes or deletes audit rows.
export async function auditLogRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'audit.read' } as const;
  app.get('/audit', { config, schema: { operationId: 'searchAudit', tags, querystring: AuditQuery, response: { 200: AuditPage } } }, async (req) => {
    const { page, pageSize, lang: _lang, ...filter } = req.query;
    const r = await searchAudit(ctx.db, { ...filter, ...offsetOf(req.query) });
    // Names instead of ids: the staff member a row is about, and the actor where the row kept no name.
    const ids = new Set(r.items.flatMap((i) => [...(i.objectType === 'staff' && i.objectId ? [i.objectId] : []), ...(i.actorId && !i.actorName ? [i.actorId] : [])]));
    const names = await staffNames(ctx.db, [...ids]);
    const items = r.items.map((i) => ({
      ...i,
      // The column is text; the contract names its three values (checked when the answer is sent).
      result: i.result as AuditResult,
      actorName: i.actorName ?? (i.actorId ? (names.get(i.actorId) ?? null) : null),
      objectName: i.objectType === 'staff' && i.objectId ? (names.get(i.objectId) ?? null) : null,
    }));
    return { ...r, items, page, pageSize };
  });
  app.post('/audit/verify', { config, schema: { operationId: 'verifyAudit', tags, response: { 200: AuditVerifyResult } } }, async (req) => {
    const actor = actorOf(req);
    const result = await verifyAudit(ctx.db);
    await recordAudit(ctx.db, { actorId: actor.staffId, actorName: actor.name, centerId: actor.centerId, action: 'audit.verify', result: result.ok ? 'ok' : 'failed', ip: req.ip, summary: result });
    return result;
  });
}
