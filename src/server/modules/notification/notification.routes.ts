import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotificationEventList, NotificationOutboxPage, NotificationOutboxRow, outboxStatuses, TemplatePreview, TemplateSlot } from '../../../contract/notification.ts';
import { notificationChannels, notificationLangs } from '../../../domain/notification/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import { pageQuery } from '../../platform/http/pagination.ts';
import { notificationPortalRoutes } from './notification.portal.routes.ts';
import { listCenterOutbox, listTemplates, previewTemplate, resetTemplate, retryOutboxMessage, saveTemplate, sendTestNotification } from './template.service.ts';

const tags = ['notification 通知'];
const CenterParam = z.object({ centerId: z.string() });
const TemplateParam = z.object({
  centerId: z.string(),
  event: z.string().max(64),
  channel: z.enum(notificationChannels),
  lang: z.enum(notificationLangs),
});
const TextInput = z.object({ subject: z.string().max(2000).default(''), body: z.string().max(2000) });
const PreviewInput = TextInput.extend({ event: z.string().max(64) });
const TestInput = z.object({
  event: z.string().max(64),
  lang: z.enum(notificationLangs).default('zh'),
  mobile: z.string().regex(/^1[3-9]\d{9}$/).optional(),
  email: z.email().max(200).optional(),
});
const TestSent = z.object({ channels: z.array(z.enum(notificationChannels)) });
const LangQuery = z.object({ lang: z.enum(notificationLangs).optional() });
const OutboxQuery = pageQuery.extend({
  status: z.enum(outboxStatuses).optional(),
  channel: z.enum(notificationChannels).optional(),
  event: z.string().max(64).optional(),
});
const MessageParam = z.object({ centerId: z.string(), id: z.string().max(64) });

/** 通知模板 and 通知发件箱 of a center (notification.manage, center manager); the citizen's own in notification.portal.routes.ts. */
export async function notificationRoutes(base: FastifyInstance, ctx: AppContext) {
  await notificationPortalRoutes(base, ctx);
  const app = base.withTypeProvider<ZodTypeProvider>();
  const who = (req: FastifyRequest) => ({ actor: actorOf(req), ip: req.ip });
  const manage = { permission: 'notification.manage' } as const;
  const base_ = '/notification/centers/:centerId';

  app.get(
    `${base_}/templates`,
    { config: manage, schema: { operationId: 'listNotificationTemplates', tags, params: CenterParam, querystring: LangQuery, response: { 200: NotificationEventList } } },
    async (req) => listTemplates(ctx.db, who(req), req.params.centerId, req.query.lang),
  );
  app.put(
    `${base_}/templates/:event/:channel/:lang`,
    { config: manage, schema: { operationId: 'saveNotificationTemplate', tags, params: TemplateParam, body: TextInput, response: { 200: TemplateSlot } } },
    async (req) => saveTemplate(ctx.db, who(req), req.params.centerId, req.params, req.body),
  );
  app.delete(
    `${base_}/templates/:event/:channel/:lang`,
    { config: manage, schema: { operationId: 'resetNotificationTemplate', tags, params: TemplateParam, response: { 200: TemplateSlot } } },
    async (req) => resetTemplate(ctx.db, who(req), req.params.centerId, req.params),
  );
  app.post(
    `${base_}/template-preview`,
    {
      config: manage,
      schema: {
        operationId: 'previewNotificationTemplate',
        description: '用该事件的示例变量渲染草稿模板（不保存）；模板使用了事件没有的变量时答 422 NOTIFICATION_TEMPLATE_INVALID。',
        tags,
        params: CenterParam,
        body: PreviewInput,
        response: { 200: TemplatePreview },
      },
    },
    async (req) => previewTemplate(ctx.db, who(req), req.params.centerId, req.body),
  );
  app.post(
    `${base_}/test-notifications`,
    {
      config: manage,
      schema: {
        operationId: 'sendTestNotification',
        description: '用示例变量把该事件的通知（本中心模板或默认模板）发到给定的手机或邮箱，经发件箱和调度任务送出。',
        tags,
        params: CenterParam,
        body: TestInput,
        response: { 200: TestSent },
      },
    },
    async (req) => sendTestNotification(ctx.db, who(req), req.params.centerId, req.body),
  );
  app.get(
    `${base_}/outbox`,
    {
      config: manage,
      schema: {
        operationId: 'listNotificationOutbox',
        description: '本中心发件箱，可按发送状态（queued 排队中、failed 失败待重试、sent 已发送、given_up 已放弃）、渠道和事件筛选。',
        tags,
        params: CenterParam,
        querystring: OutboxQuery,
        response: { 200: NotificationOutboxPage },
      },
    },
    async (req) => listCenterOutbox(ctx.db, who(req), req.params.centerId, req.query),
  );
  app.post(
    `${base_}/outbox/:id/retry`,
    {
      config: manage,
      schema: {
        operationId: 'retryNotification',
        description: '把发送失败或已放弃的短信、邮件重新交给调度任务（尝试次数重新计算）；其他消息答 409 NOTIFICATION_NOT_RETRYABLE。',
        tags,
        params: MessageParam,
        response: { 200: NotificationOutboxRow },
      },
    },
    async (req) => retryOutboxMessage(ctx.db, who(req), req.params.centerId, req.params.id),
  );
}
