import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GuidePatch, MaterialInput, MaterialPatch } from '../../../domain/catalog/index.ts';
import { CatalogItem, CatalogSettings, CheckResult, Comparison, Delegation, DraftCreated, ItemCreated, ItemDetail, ItemPage, MaterialRow, PublishResult, VersionDetail, VersionRow } from '../../../contract/catalog.ts';
import { NoContent } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { offsetOf } from '../../platform/http/pagination.ts';
import { compareItemVersions, getItem, getVersion } from './catalog.read.ts';
import { listItems } from './catalog.queries.ts';
import * as items from './catalog.service.ts';
import { CompareQuery, CreateItemInput, DelegationInput, ItemListQuery, ItemPatch, RetireInput } from './catalog.types.ts';
import { delegateItem, endDelegation } from './delegation.service.ts';
import { catalogExcelRoutes } from './excel/excel.routes.ts';
import { addMaterial, removeMaterial, updateMaterial } from './materials.service.ts';
import { catalogFileRoutes } from './files.routes.ts';
import { bundleRoutes } from './bundles.routes.ts';
import { checkVersion, publishVersion, retireItem } from './publish.service.ts';
import { getSettings, updateSettings } from './settings.service.ts';

const uuid = z.string().uuid({ message: '编号格式不正确' });
const idParam = z.object({ id: uuid });
const tags = ['catalog 事项清单'];
const SettingsInput = z.object({
  promisedReductionPct: z
    .number()
    .int({ message: '压缩比例须为整数百分比' })
    .min(0, { message: '压缩比例不能为负数' })
    .max(90, { message: '压缩比例不能超过 90%' })
    .nullable(),
});

/** Staff routes: the catalog with drafts, versions and delegations (console, workbench). */
export async function catalogRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  const read = { permission: 'catalog.read' } as const;
  const manage = { permission: 'catalog.manage' } as const;

  app.get('/catalog/items', { config: read, schema: { operationId: 'listCatalogItems', tags, querystring: ItemListQuery, response: { 200: ItemPage } } }, async (req) => {
    const r = await listItems(ctx.db, actorOf(req), req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.post('/catalog/items', { config: manage, schema: { operationId: 'createCatalogItem', tags, body: CreateItemInput, response: { 201: ItemCreated } } }, async (req, reply) =>
    reply.status(201).send(await items.createItem(ctx.db, who(req), req.body)),
  );
  app.get('/catalog/items/:id', { config: read, schema: { operationId: 'getCatalogItem', tags, params: idParam, response: { 200: ItemDetail } } }, async (req) => getItem(ctx.db, actorOf(req), req.params.id));
  app.patch('/catalog/items/:id', { config: manage, schema: { operationId: 'updateCatalogItem', tags, params: idParam, body: ItemPatch, response: { 200: CatalogItem } } }, async (req) =>
    items.updateItem(ctx.db, who(req), req.params.id, req.body),
  );
  // Editing a published item starts here: a new draft copied from it.
  app.post('/catalog/items/:id/drafts', { config: manage, schema: { operationId: 'createCatalogDraft', tags, params: idParam, response: { 201: DraftCreated } } }, async (req, reply) =>
    reply.status(201).send(await items.newDraft(ctx.db, who(req), req.params.id)),
  );
  app.post('/catalog/items/:id/retire', { config: manage, schema: { operationId: 'retireCatalogItem', tags, params: idParam, body: RetireInput, response: { 200: VersionRow } } }, async (req) =>
    retireItem(ctx.db, who(req), req.params.id, req.body),
  );
  app.get('/catalog/items/:id/compare', { config: read, schema: { operationId: 'compareCatalogVersions', tags, params: idParam, querystring: CompareQuery, response: { 200: Comparison } } }, async (req) =>
    compareItemVersions(ctx.db, actorOf(req), req.params.id, req.query.from, req.query.to),
  );
  app.post('/catalog/items/:id/delegations', { config: manage, schema: { operationId: 'delegateCatalogItem', tags, params: idParam, body: DelegationInput, response: { 201: Delegation } } }, async (req, reply) =>
    reply.status(201).send(await delegateItem(ctx.db, who(req), req.params.id, req.body)),
  );
  app.delete(
    '/catalog/items/:id/delegations/:delegationId',
    { config: manage, schema: { operationId: 'endCatalogDelegation', tags, params: idParam.extend({ delegationId: uuid }), response: { 200: Delegation } } },
    async (req) => endDelegation(ctx.db, who(req), req.params.id, req.params.delegationId),
  );

  app.get('/catalog/versions/:id', { config: read, schema: { operationId: 'getCatalogVersion', tags, params: idParam, response: { 200: VersionDetail } } }, async (req) => getVersion(ctx.db, actorOf(req), req.params.id));
  app.patch('/catalog/versions/:id', { config: manage, schema: { operationId: 'updateCatalogDraft', tags, params: idParam, body: GuidePatch, response: { 200: VersionRow } } }, async (req) =>
    items.updateDraft(ctx.db, who(req), req.params.id, req.body),
  );
  app.get('/catalog/versions/:id/check', { config: read, schema: { operationId: 'checkCatalogVersion', tags, params: idParam, response: { 200: CheckResult } } }, async (req) =>
    checkVersion(ctx.db, actorOf(req), req.params.id),
  );
  app.post('/catalog/versions/:id/publish', { config: manage, schema: { operationId: 'publishCatalogVersion', tags, params: idParam, response: { 200: PublishResult } } }, async (req) =>
    publishVersion(ctx.db, who(req), req.params.id),
  );
  app.post('/catalog/versions/:id/materials', { config: manage, schema: { operationId: 'addCatalogMaterial', tags, params: idParam, body: MaterialInput, response: { 201: MaterialRow } } }, async (req, reply) =>
    reply.status(201).send(await addMaterial(ctx.db, who(req), req.params.id, req.body)),
  );
  app.patch('/catalog/materials/:id', { config: manage, schema: { operationId: 'updateCatalogMaterial', tags, params: idParam, body: MaterialPatch, response: { 200: MaterialRow } } }, async (req) =>
    updateMaterial(ctx.db, who(req), req.params.id, req.body),
  );
  app.delete('/catalog/materials/:id', { config: manage, schema: { operationId: 'removeCatalogMaterial', tags, params: idParam, response: { 204: NoContent } } }, async (req, reply) => {
    await removeMaterial(ctx.db, who(req), req.params.id);
    return reply.status(204).send();
  });

  app.get('/catalog/settings', { config: read, schema: { operationId: 'getCatalogSettings', tags, querystring: z.object({ centerId: uuid.optional() }), response: { 200: CatalogSettings } } }, async (req) =>
    getSettings(ctx.db, actorOf(req), req.query.centerId),
  );
  app.put('/catalog/settings/:id', { config: manage, schema: { operationId: 'updateCatalogSettings', tags, params: idParam, body: SettingsInput, response: { 200: CatalogSettings } } }, async (req) =>
    updateSettings(ctx.db, who(req), req.params.id, req.body),
  );

  await bundleRoutes(base, ctx); // 一件事 (decision 0048)

  // Excel export and import, and material files, in their own scopes (their own body parsers).
  await base.register(async (scoped) => catalogExcelRoutes(scoped, ctx));
  await base.register(async (scoped) => catalogFileRoutes(scoped, ctx));
}
