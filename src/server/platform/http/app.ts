import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import rateLimit from '@fastify/rate-limit';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { errorHandler, notFoundHandler, sendError } from './error-handler.ts';
import { guardPlugin } from './guard.ts';
import { requestLang } from './lang.ts';
import { clientErrorHandler } from './client-error.ts';
import { metricsPlugin } from './metrics.ts';
import { healthRoutes } from './health.ts';
import { sendWebIndex, webIndexOf, webStaticOptions } from './web-assets.ts';
import { responseSerializer } from './response-contract.ts';

export type ModuleRoutes = (app: FastifyInstance, ctx: AppContext) => Promise<void>;

export async function buildApp(ctx: AppContext, modules: ModuleRoutes[]): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.BODY_LIMIT_BYTES,
    trustProxy: ctx.config.TRUST_PROXY === 'true',
    routerOptions: { maxParamLength: 200 },
    // A malformed URL (bad %-escape) or an over-long path parameter is refused by the router
    // before any route runs; answer it in our error body too, not Fastify's.
    // Over-long headers and malformed requests, refused by Node's parser: our body, in Chinese.
    clientErrorHandler,
    frameworkErrors: (err, req, reply) => sendError(reply, requestLang(req), 'VALIDATION_FAILED', { reason: err.code }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // In tests a field the response schema does not describe is an error, so a schema that falls
  // behind its route fails a test; a running hall (demo included) drops the field instead of
  // answering 500 to a clerk (decision 0023).
  const strict = (ctx.config.RESPONSE_CHECK ?? (ctx.config.NODE_ENV === 'test' ? 'strict' : 'drop')) === 'strict';
  app.setSerializerCompiler(responseSerializer(strict));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => {
    // Unknown API paths answer JSON; everything else is the single-page web app.
    if (req.url.startsWith('/api/') || !webIndex) return notFoundHandler(req, reply);
    return sendWebIndex(req, reply, webIndex);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'OneWindow 一窗通办 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(metricsPlugin);
  await app.register(healthRoutes, ctx);
  await app.register(guardPlugin, ctx);
  // Off by default: a route opts in with `config.rateLimit` (public writes such as taking a ticket).
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new DomainError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) }),
  });
  // Before the modules: routes declaring a wsHandler (hall displays) need the plugin's onRoute hook.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  for (const routes of modules) await app.register(async (scoped) => routes(scoped, ctx), { prefix: '/api/v1' });

  // Requests under /api/auth are better-auth's own; the web app uses our wrapped routes.
  app.all('/api/auth/*', { schema: { hide: true } }, async (req, reply) => sendError(reply, requestLang(req), 'ROUTE_NOT_FOUND'));

  const webDir = path.resolve(ctx.config.WEB_DIST);
  const webIndex = fs.existsSync(path.join(webDir, 'index.html')) ? webIndexOf(fs.readFileSync(path.join(webDir, 'index.html'), 'utf8')) : undefined;
  if (webIndex) await app.register(fastifyStatic, webStaticOptions(webDir));
  else ctx.log.warn(`web app not built (${webDir}); run "npm run build:web"`);
  return app as unknown as FastifyInstance;
}
