import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BundleDetail, BundleList, PortalBundle, PortalBundleList } from '../../../contract/bundles.ts';
import { NoContent } from '../../../contract/common.ts';
import { BundleInput, BundlePatch } from '../../../domain/catalog/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import * as bundles from './bundles.service.ts';

const uuid = z.string().uuid({ message: '编号格式不正确' });
const idParam = z.object({ id: uuid });
const centerQuery = z.object({ centerId: uuid.optional() });

/** 一件事 in the console: the catalog's read and manage permissions, the center's scope. */
export async function bundleRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog 事项清单'];
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  const read = { permission: 'catalog.read' } as const;
  const manage = { permission: 'catalog.manage' } as const;

  app.get('/catalog/bundles', { config: read, schema: { operationId: 'listCatalogBundles', tags, querystring: centerQuery, response: { 200: BundleList } } }, async (req) =>
    bundles.listBundles(ctx.db, actorOf(req), req.query.centerId),
  );
  app.post('/catalog/bundles', { config: manage, schema: { operationId: 'createCatalogBundle', tags, body: BundleInput, response: { 201: BundleDetail } } }, async (req, reply) =>
    reply.status(201).send(await bundles.createBundle(ctx.db, who(req), req.body)),
  );
  app.get('/catalog/bundles/:id', { config: read, schema: { operationId: 'getCatalogBundle', tags, params: idParam, response: { 200: BundleDetail } } }, async (req) =>
    bundles.getBundle(ctx.db, actorOf(req), req.params.id),
  );
  app.patch('/catalog/bundles/:id', { config: manage, schema: { operationId: 'updateCatalogBundle', tags, params: idParam, body: BundlePatch, response: { 200: BundleDetail } } }, async (req) =>
    bundles.updateBundle(ctx.db, who(req), req.params.id, req.body),
  );
  app.delete('/catalog/bundles/:id', { config: manage, schema: { operationId: 'deleteCatalogBundle', tags, params: idParam, response: { 204: NoContent } } }, async (req, reply) => {
    await bundles.deleteBundle(ctx.db, who(req), req.params.id);
    return reply.status(204).send();
  });
}

/** 一件事 in the online hall: published bundles only, no sign-in. */
export async function portalBundleRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['portal 网上办事大厅'];
  const open = { access: 'public' } as const;
  app.get('/portal/bundles', { config: open, schema: { operationId: 'listPortalBundles', tags, querystring: centerQuery, security: [], response: { 200: PortalBundleList } } }, async (req) =>
    bundles.listPublicBundles(ctx.db, req.query.centerId),
  );
  app.get('/portal/bundles/:id', { config: open, schema: { operationId: 'getPortalBundle', tags, params: idParam, security: [], response: { 200: PortalBundle } } }, async (req) =>
    bundles.getPublicBundle(ctx.db, req.params.id),
  );
}
