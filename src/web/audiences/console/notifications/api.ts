import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationEventView, NotificationOutboxRow, TemplatePreview } from '../../../../contract/notification.ts';
import type { NotificationChannel, NotificationLang } from '../../../../domain/notification/index.ts';
import { api, type Page } from '../../../api/client.ts';

// The notification console API (src/server/modules/notification/notification.routes.ts), notification.manage.
export type { NotificationEventView, NotificationOutboxRow, TemplatePreview, NotificationChannel, NotificationLang };

const key = (centerId: string, ...rest: unknown[]) => ['notification-console', centerId, ...rest];
const base = (centerId: string) => `/notification/centers/${centerId}`;

export function useNotificationTemplates(centerId: string, lang: NotificationLang) {
  return useQuery({
    queryKey: key(centerId, 'templates', lang),
    queryFn: () => api<{ items: NotificationEventView[] }>(`${base(centerId)}/templates`, { query: { lang } }),
    select: (r) => r.items,
  });
}

export interface TemplateDraft {
  event: string;
  channel: NotificationChannel;
  lang: NotificationLang;
  subject: string;
  body: string;
}

export function useSaveTemplate(centerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: TemplateDraft & { reset?: boolean }) =>
      api<unknown>(`${base(centerId)}/templates/${encodeURIComponent(d.event)}/${d.channel}/${d.lang}`, {
        method: d.reset ? 'DELETE' : 'PUT',
        ...(d.reset ? {} : { body: { subject: d.subject, body: d.body } }),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(centerId) }),
  });
}

/** The live preview: rendered by the server with the event's sample values (the same code that sends). */
export function useTemplatePreview(centerId: string, draft: { event: string; subject: string; body: string } | null) {
  return useQuery({
    queryKey: key(centerId, 'preview', draft),
    queryFn: () => api<TemplatePreview>(`${base(centerId)}/template-preview`, { body: draft }),
    enabled: draft !== null && draft.body.trim() !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface OutboxQuery {
  page: number;
  pageSize: number;
  status?: NotificationOutboxRow['status'] | undefined;
  channel?: NotificationChannel | undefined;
  event?: string | undefined;
}

export function useNotificationOutbox(centerId: string, query: OutboxQuery) {
  return useQuery({
    queryKey: key(centerId, 'outbox', query),
    queryFn: () => api<Page<NotificationOutboxRow>>(`${base(centerId)}/outbox`, { query: { ...query } }),
    placeholderData: keepPreviousData,
    // While a message waits for the dispatcher, look again: its state changes within seconds.
    refetchInterval: (q) => (q.state.data?.items.some((m) => m.status === 'queued') ? 3000 : false),
  });
}

/** 重发: a failed or given-up SMS or e-mail back to the dispatcher. */
export function useRetryNotification(centerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<NotificationOutboxRow>(`${base(centerId)}/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(centerId, 'outbox') }),
  });
}

/** 发送测试通知: the event with its sample values, through the outbox, to the manager's own number or address. */
export function useSendTest(centerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { event: string; lang: NotificationLang; mobile?: string; email?: string }) =>
      api<{ channels: NotificationChannel[] }>(`${base(centerId)}/test-notifications`, { body: b }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(centerId, 'outbox') }),
  });
}
