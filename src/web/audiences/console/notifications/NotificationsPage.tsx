import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { useMe } from '../shared/hooks.ts';
import { NotificationOutboxTab } from './OutboxTab.tsx';
import { TemplatesTab } from './TemplatesTab.tsx';

/** 通知管理: the center's notification templates (with a live preview) and its outbox of every channel. */
export function NotificationsPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.notifications' });
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const centerId = params.get('center') ?? me?.center.id;
  const tab = params.get('tab') ?? 'templates';
  const set = (patch: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), ...patch }), { replace: true });
  if (!centerId) return null;
  return (
    <Card title={t('title')} extra={<CenterSelect value={centerId} onChange={(id) => id && set({ center: id })} filter={(c) => c.active} style={{ width: 260 }} />}>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        destroyOnHidden
        items={[
          { key: 'templates', label: t('templates'), children: <TemplatesTab centerId={centerId} /> },
          { key: 'outbox', label: t('outbox'), children: <NotificationOutboxTab centerId={centerId} /> },
        ]}
      />
    </Card>
  );
}
