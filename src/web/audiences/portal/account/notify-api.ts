import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CitizenInbox, CitizenNotificationPreferences } from '../../../../contract/notification.ts';
import type { NotificationChannel, NotificationGroup, NotificationLang } from '../../../../domain/notification/index.ts';
import { api } from '../../../api/client.ts';
import { useCitizen } from './api.ts';

// The citizen's own 站内信 and 通知设置 (src/server/modules/notification/notification.portal.routes.ts).
export type { CitizenInbox, CitizenNotificationPreferences, NotificationChannel, NotificationGroup, NotificationLang };

const INBOX = ['portal', 'me', 'inbox'] as const;
const PREFS = ['portal', 'me', 'notification-preferences'] as const;

/** The inbox of the signed-in citizen (not asked while nobody is signed in); looked at again every minute. */
export function useInbox() {
  const me = useCitizen();
  return useQuery({
    queryKey: INBOX,
    queryFn: () => api<CitizenInbox>('/portal/me/inbox'),
    enabled: !!me.data,
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => api<{ unread: number }>(id === null ? '/portal/me/inbox/read-all' : `/portal/me/inbox/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: INBOX }),
  });
}

export function usePreferences(lang: NotificationLang) {
  return useQuery({ queryKey: [...PREFS, lang], queryFn: () => api<CitizenNotificationPreferences>('/portal/me/notification-preferences', { query: { lang } }) });
}

export interface PreferencesDraft {
  email: string | null;
  lang: NotificationLang;
  groups: { group: NotificationGroup; channels: Partial<Record<NotificationChannel, boolean>> }[];
}

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: PreferencesDraft) => api<CitizenNotificationPreferences>('/portal/me/notification-preferences', { method: 'PUT', body: d }),
    onSuccess: () => qc.invalidateQueries({ queryKey: PREFS }),
  });
}
