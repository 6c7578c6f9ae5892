import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isServiceDown, subscribeServiceStatus } from '../api/service-status.ts';
import './messages.ts';

/**
 * "服务暂不可用，请稍候" across the top of the screen while the server's database is away
 * (decision 0020). Reads retry by themselves and the notice goes once an answer comes back.
 */
/** `inline`: in the page's flow (staff screens); otherwise fixed across the top (kiosk, display). */
export function ServiceNotice({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  const down = useSyncExternalStore(subscribeServiceStatus, isServiceDown);
  if (!down) return null;
  return (
    <div
      role="alert"
      data-testid="service-unavailable"
      style={{
        ...(inline ? { marginBottom: 16, borderRadius: 6 } : { position: 'fixed', top: 0, left: 0, right: 0, zIndex: 2000 }),
        padding: 'max(8px, 1.2vh) 16px',
        background: '#ad6800',
        color: '#fff',
        fontSize: 'max(18px, 2.6vh)',
        fontWeight: 600,
        textAlign: 'center',
        letterSpacing: '0.1em',
      }}
    >
      {t('common.serviceUnavailable')}
    </div>
  );
}
