import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequirePermission, useMe } from '../../features/session/index.ts';
import { QueuePage } from './queue/QueuePage.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { workbenchMenu } from './menu.ts';

// What each of the user's roles will do here, and what is available already.
function WorkbenchHome() {
  const { t, i18n } = useTranslation();
  const me = useMe().data!;
  const work = me.roles.map((r) => r.code).filter((code) => i18n.exists(`workbench.roleWork.${code}`));
  return (
    <Card title={t('workbench.title')}>
      <Typography.Paragraph>{t('workbench.purpose')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('workbench.you', { name: me.name, center: me.center.name })}</Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={work}
        renderItem={(code) => <List.Item>{t(`workbench.roleWork.${code}`)}</List.Item>}
        style={{ marginBottom: 16 }}
      />
      <Alert type="info" showIcon title={t('workbench.now')} />
    </Card>
  );
}

export function WorkbenchRoutes() {
  return (
    <Routes>
      <Route index element={<WorkbenchHome />} />
      <Route
        path="queue"
        element={
          <RequirePermission permission="queue.serve">
            <QueuePage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<WorkbenchHome />} />
    </Routes>
  );
}
