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
