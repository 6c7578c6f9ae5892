import type { TFunction } from 'i18next';
import type { PublicTicket } from '../../features/hall/index.ts';

/** The expected wait in words: none known (no window serves it), "very soon", or about N minutes. */
export function waitText(t: TFunction, ticket: Pick<PublicTicket, 'ahead' | 'estimatedWaitMinutes'>): string {
  if (ticket.estimatedWaitMinutes === null) return t('kiosk.waitUnknown');
  if (ticket.ahead === 0 || ticket.estimatedWaitMinutes === 0) return t('kiosk.waitSoon');
  return t('kiosk.waitMinutes', { count: ticket.estimatedWaitMinutes });
}
