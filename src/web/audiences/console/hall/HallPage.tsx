import { Card, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { useMe } from '../shared/hooks.ts';
import { AppointmentListTab } from './AppointmentListTab.tsx';
import { AppointmentRulesTab } from './AppointmentRulesTab.tsx';
import { CategoriesTab } from './CategoriesTab.tsx';
import { OutboxTab } from './OutboxTab.tsx';
import { SettingsTab } from './SettingsTab.tsx';
import { StatsTab } from './StatsTab.tsx';
import { WindowMappingTab } from './WindowMappingTab.tsx';

/** 大厅排队: one center's ticket categories, which window calls which, calling settings, and the day. */
export function HallPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall' });
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const centerId = params.get('center') ?? me?.center.id;
  const tab = params.get('tab') ?? 'categories';
  const set = (patch: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), ...patch }), { replace: true });
  if (!centerId) return null;
  const origin = window.location.origin;
  return (
    <Card
      title={t('title')}
      extra={
        <CenterSelect
          value={centerId}
          onChange={(id) => id && set({ center: id })}
          filter={(c) => c.active}
          style={{ width: 260 }}
          placeholder={t('chooseCenter')}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('devicesHint')}
        <Space size="large" style={{ marginLeft: 8 }} wrap>
          <Typography.Link href={`/kiosk?center=${centerId}`} target="_blank" copyable={{ text: `${origin}/kiosk?center=${centerId}` }}>
            {t('kiosk')}
          </Typography.Link>
          <Typography.Link href={`/display?center=${centerId}`} target="_blank" copyable={{ text: `${origin}/display?center=${centerId}` }}>
            {t('display')}
          </Typography.Link>
          <Typography.Link
            href={`/display/window?center=${centerId}`}
            target="_blank"
            copyable={{ text: `${origin}/display/window?center=${centerId}` }}
            data-testid="window-screen-link"
          >
            {t('windowScreen')}
          </Typography.Link>
        </Space>
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        destroyOnHidden
        items={[
          { key: 'categories', label: t('tabs.categories'), children: <CategoriesTab key={centerId} centerId={centerId} /> },
          { key: 'windows', label: t('tabs.windows'), children: <WindowMappingTab key={centerId} centerId={centerId} /> },
          { key: 'settings', label: t('tabs.settings'), children: <SettingsTab key={centerId} centerId={centerId} /> },
          { key: 'stats', label: t('tabs.stats'), children: <StatsTab key={centerId} centerId={centerId} /> },
          {
            key: 'appointment-rules',
            label: t('appointments.tabs.rules'),
            children: <AppointmentRulesTab key={centerId} centerId={centerId} />,
          },
          { key: 'appointments', label: t('appointments.tabs.list'), children: <AppointmentListTab key={centerId} centerId={centerId} /> },
          { key: 'outbox', label: t('appointments.tabs.outbox'), children: <OutboxTab key={centerId} centerId={centerId} /> },
        ]}
      />
    </Card>
  );
}
