import { useTranslation } from 'react-i18next';
import { roleLabels, type Role } from '../../../../domain/access/index.ts';

export type Lang = 'zh' | 'en';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ? 'en' : 'zh';
}

/** Role names come from the domain table, so the UI and the server never disagree on them. */
export function roleLabel(role: Role, lang: Lang): string {
  return roleLabels[role]?.[lang] ?? role;
}

/** Times in the user's language; '—' for never (a person who has not signed in yet). */
export function formatTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
}
