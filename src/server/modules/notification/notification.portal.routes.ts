// The citizen's own messages and 通知设置 in the online hall (issue #19): access 'citizen', only
// the signed-in account's rows (another's message id answers 404, as a missing one does).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CitizenInbox, CitizenNotificationPreferences, InboxUnread } from '../../../contract/notification.ts';
import { notificationChannels, notificationGroups, notificationLangs } from '../../../domain/notification/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { citizenOf } from '../../platform/http/guard.ts';
import { citizenInbox, citizenPreferences, markCitizenInboxRead, saveCitizenPreferences } from './preference.service.ts';

const tags = ['portal 办事大厅'];
const citizen = { access: 'citizen' } as const;
const LangQuery = z.object({ lang: z.enum(notificationLangs).optional() });
const channelSwitches = z.object(Object.fromEntries(notificationChannels.map((c) => [c, z.boolean().optional()])) as Record<(typeof notificationChannels)[number], z.ZodOptional<z.ZodBoolean>>);
const PreferencesInput = z.object({
  email: z.email().max(200).nullable(),
  lang: z.enum(notificationLangs).default('zh'),
  groups: z.array(z.object({ group: z.enum(notificationGroups), channels: channelSwitches })).max(notificationGroups.length),
});
const InboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) });
const MessageParam = z.object({ id: z.string().max(64) });

export async function notificationPortalRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/portal/me/notification-preferences',
    { config: citizen, schema: { operationId: 'getCitizenNotificationPreferences', tags, querystring: LangQuery, response: { 200: CitizenNotificationPreferences } } },
    async (req) => citizenPreferences(ctx.db, citizenOf(req), req.query.lang),
  );
  app.put(
    '/portal/me/notification-preferences',
    {
      config: citizen,
      schema: {
        operationId: 'saveCitizenNotificationPreferences',
        description: '保存本人的通知设置：邮箱、通知语言，以及每类通知接收的渠道。登录验证码固定发短信，关闭它答 422 NOTIFICATION_CHANNEL_FIXED。',
        tags,
        body: PreferencesInput,
        response: { 200: CitizenNotificationPreferences },
      },
    },
    async (req) => saveCitizenPreferences(ctx.db, citizenOf(req), req.body, req.ip),
  );
  app.get(
    '/portal/me/inbox',
    { config: citizen, schema: { operationId: 'getCitizenInbox', description: '本人的站内信（最新在前）和未读数。', tags, querystring: InboxQuery, response: { 200: CitizenInbox } } },
    async (req) => citizenInbox(ctx.db, citizenOf(req), req.query.limit),
  );
  app.post(
    '/portal/me/inbox/:id/read',
    {
      config: citizen,
      schema: { operationId: 'markCitizenMessageRead', description: '标记本人的一条站内信为已读；不是本人的消息答 404。', tags, params: MessageParam, response: { 200: InboxUnread } },
    },
    async (req) => markCitizenInboxRead(ctx.db, citizenOf(req), req.params.id),
  );
  app.post(
    '/portal/me/inbox/read-all',
    { config: citizen, schema: { operationId: 'markCitizenInboxRead', description: '把本人的站内信全部标记为已读。', tags, response: { 200: InboxUnread } } },
    async (req) => markCitizenInboxRead(ctx.db, citizenOf(req), null),
  );
}
