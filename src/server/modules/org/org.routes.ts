import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '../../../contract/common.ts';
import { Center, CenterPage, Department, DepartmentPage, PostAssigned, Region, RegionPage, WindowPage, WindowRow } from '../../../contract/org.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { offsetOf, pageQuery } from '../../platform/http/pagination.ts';
import * as q from './org.queries.ts';
import { assertCenterInScope } from './org.scope.ts';
import * as svc from './org.service.ts';
import { CenterInput, CenterPatch, DepartmentInput, DepartmentPatch, ListFilter, PostAssignment, RegionInput, WindowInput, WindowPatch, posts } from './org.types.ts';

const idParam = z.object({ id: z.string().uuid() });
const activeBody = z.object({ active: z.boolean() });
const listQuery = pageQuery.extend(ListFilter.shape);
const tags = ['org 组织机构'];

export async function orgRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });
  const read = { permission: 'org.read' } as const;
  const manage = { permission: 'org.manage' } as const;

  app.get('/regions', { config: read, schema: { operationId: 'listRegions', tags, querystring: listQuery, response: { 200: RegionPage } } }, async (req) => {
    const r = await q.listRegions(ctx.db, req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.post('/regions', { config: manage, schema: { operationId: 'createRegion', tags, body: RegionInput, response: { 201: Region } } }, async (req, reply) =>
    reply.status(201).send(await svc.createRegion(ctx.db, who(req), req.body)),
  );

  app.get('/centers', { config: read, schema: { operationId: 'listCenters', tags, querystring: listQuery, response: { 200: CenterPage } } }, async (req) => {
    const r = await q.listCenters(ctx.db, actorOf(req), req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.get('/centers/:id', { config: read, schema: { operationId: 'getCenter', tags, params: idParam, response: { 200: Center } } }, async (req) =>
    assertCenterInScope(ctx.db, actorOf(req), req.params.id),
  );
  app.post('/centers', { config: manage, schema: { operationId: 'createCenter', tags, body: CenterInput, response: { 201: Center } } }, async (req, reply) =>
    reply.status(201).send(await svc.createCenter(ctx.db, who(req), req.body)),
  );
  app.patch('/centers/:id', { config: manage, schema: { operationId: 'updateCenter', tags, params: idParam, body: CenterPatch, response: { 200: Center } } }, async (req) =>
    svc.updateCenter(ctx.db, who(req), req.params.id, req.body),
  );
  app.post('/centers/:id/active', { config: manage, schema: { operationId: 'setCenterActive', tags, params: idParam, body: activeBody, response: { 200: Center } } }, async (req) =>
    svc.setCenterActive(ctx.db, who(req), req.params.id, req.body.active),
  );

  app.get('/departments', { config: read, schema: { operationId: 'listDepartments', tags, querystring: listQuery, response: { 200: DepartmentPage } } }, async (req) => {
    const r = await q.listDepartments(ctx.db, actorOf(req), req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.post('/departments', { config: manage, schema: { operationId: 'createDepartment', tags, body: DepartmentInput, response: { 201: Department } } }, async (req, reply) =>
    reply.status(201).send(await svc.createDepartment(ctx.db, who(req), req.body)),
  );
  app.patch('/departments/:id', { config: manage, schema: { operationId: 'updateDepartment', tags, params: idParam, body: DepartmentPatch, response: { 200: Department } } }, async (req) =>
    svc.updateDepartment(ctx.db, who(req), req.params.id, req.body),
  );
  app.post('/departments/:id/active', { config: manage, schema: { operationId: 'setDepartmentActive', tags, params: idParam, body: activeBody, response: { 200: Department } } }, async (req) =>
    svc.updateDepartment(ctx.db, who(req), req.params.id, { active: req.body.active }),
  );

  app.get('/windows', { config: read, schema: { operationId: 'listWindows', tags, querystring: listQuery, response: { 200: WindowPage } } }, async (req) => {
    const r = await q.listWindows(ctx.db, actorOf(req), req.query, offsetOf(req.query));
    return { ...r, page: req.query.page, pageSize: req.query.pageSize };
  });
  app.post('/windows', { config: manage, schema: { operationId: 'createWindow', tags, body: WindowInput, response: { 201: WindowRow } } }, async (req, reply) =>
    reply.status(201).send(await svc.createWindow(ctx.db, who(req), req.body)),
  );
  app.patch('/windows/:id', { config: manage, schema: { operationId: 'updateWindow', tags, params: idParam, body: WindowPatch, response: { 200: WindowRow } } }, async (req) =>
    svc.updateWindow(ctx.db, who(req), req.params.id, req.body),
  );
  app.post('/windows/:id/active', { config: manage, schema: { operationId: 'setWindowActive', tags, params: idParam, body: activeBody, response: { 200: WindowRow } } }, async (req) =>
    svc.updateWindow(ctx.db, who(req), req.params.id, { active: req.body.active }),
  );

  const postsConfig = { permission: 'posts.manage' } as const;
  app.put('/windows/:id/posts', { config: postsConfig, schema: { operationId: 'assignWindowPost', tags, params: idParam, body: PostAssignment, response: { 200: PostAssigned } } }, async (req) =>
    svc.assignPost(ctx.db, who(req), req.params.id, req.body),
  );
  app.delete(
    '/windows/:id/posts/:post',
    { config: postsConfig, schema: { operationId: 'releaseWindowPost', tags, params: idParam.extend({ post: z.enum(posts) }), response: { 204: NoContent } } },
    async (req, reply) => {
      await svc.releasePost(ctx.db, who(req), req.params.id, req.params.post);
      return reply.status(204).send();
    },
  );
  // The B post takes over the window while the A post is away (and hands it back).
  app.post(
    '/windows/:id/serving-post',
    { config: postsConfig, schema: { operationId: 'setWindowServingPost', tags, params: idParam, body: z.object({ post: z.enum(posts) }), response: { 200: WindowRow } } },
    async (req) => svc.updateWindow(ctx.db, who(req), req.params.id, { servingPost: req.body.post }),
  );
}
