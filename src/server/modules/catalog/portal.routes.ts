import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DepartmentCounts, PortalGuide, PortalItemPage, ThemeCounts } from '../../../contract/catalog.ts';
import type { AppContext } from '../../platform/context.ts';
import { offsetOf } from '../../platform/http/pagination.ts';
import { getPublicGuide, publicThemes } from './catalog.read.ts';
import { listPublished, publishedDepartmentCounts } from './catalog.queries.ts';
import { PortalListQuery } from './catalog.types.ts';
import { portalBundleRoutes } from './bundles.routes.ts';

const uuid = z.string().uuid({ message: '编号格式不正确' });
const centerQuery = z.object({ centerId: uuid.optional(), lang: z.enum(['zh', 'en']).optional() });
const tags = ['portal 网上办事大厅'];

/** Public routes of the online hall: published guides only, no sign-in. */
export async function portalCatalogRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const open = { access: 'public' } as const;

  app.get('/portal/items', { config: open, schema: { operationId: 'searchPortalItems', tags, querystring: PortalListQuery, security: [], response: { 200: PortalItemPage } } }, async (req) => {
    const r = await listPublished(ctx.db, req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.get('/portal/items/themes', { config: open, schema: { operationId: 'listPortalThemes', tags, querystring: centerQuery, security: [], response: { 200: ThemeCounts } } }, async (req) => ({
    items: await publicThemes(ctx.db, req.query.centerId),
  }));
  app.get('/portal/items/departments', { config: open, schema: { operationId: 'listPortalDepartments', tags, querystring: centerQuery, security: [], response: { 200: DepartmentCounts } } }, async (req) => ({
    items: await publishedDepartmentCounts(ctx.db, req.query.centerId),
  }));
  app.get('/portal/items/:id', { config: open, schema: { operationId: 'getPortalItem', tags, params: z.object({ id: uuid }), security: [], response: { 200: PortalGuide } } }, async (req) =>
    getPublicGuide(ctx.db, req.params.id),
  );
  await portalBundleRoutes(base, ctx); // 一件事 (decision 0048)
}
