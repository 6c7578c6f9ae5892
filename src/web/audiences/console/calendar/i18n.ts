import { useTranslation } from 'react-i18next';
import messages from './messages.ts';

const PREFIX = 'console.calendar';

function lookup(key: string): string | undefined {
  let node: unknown = messages.zh;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/**
 * t() for this screen. The Chinese text is the default value, so the screen reads correctly
 * in Chinese even before its messages are mounted under `console.calendar`.
 */
export function useCalendarT() {
  const { t } = useTranslation();
  return (key: string, options: Record<string, unknown> = {}) => t(`${PREFIX}.${key}`, { defaultValue: lookup(key) ?? key, ...options });
}
