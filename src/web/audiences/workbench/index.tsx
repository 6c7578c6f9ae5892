import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useMe } from '../../features/session/index.ts';
import type { StaffMenuEntry } from '../../ui/menu.ts';

export const workbenchMenu: StaffMenuEntry[] = [{ key: 'home', path: '/workbench', labelKey: 'workbench.menu.home' }];

// Until the hall and case modules land, the workbench says plainly what each of the user's
// roles will do here, and that none of it is available yet.
function WorkbenchHome() {
  const { t, i18n } = useTranslation();
  const me = useMe().data!;
  const work = me.roles.map((r) => r.code).filter((code) => i18n.exists(`workbench.roleWork.${code}`));
  return (
    <Card title={t('workbench.title')}>
      <Typography.Paragraph>{t('workbench.purpose')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('workbench.you', { name: me.name, center: me.center.name })}</Typography.Paragraph>
      <List size="small" bordered dataSource={work} renderItem={(code) => <List.Item>{t(`workbench.roleWork.${code}`)}</List.Item>} style={{ marginBottom: 16 }} />
      <Alert type="info" showIcon title={t('workbench.now')} />
    </Card>
  );
}

export function WorkbenchRoutes() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route path="*" element={<WorkbenchHome />} />
    </Routes>
  );
}
