import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequirePermission, useMe } from '../../features/session/index.ts';
import type { StaffMenuEntry } from '../../ui/menu.ts';
import { QueuePage } from './queue/QueuePage.tsx';
import { CaseListsPage } from './cases/CaseListsPage.tsx';
import { CaseRoute } from './cases/CaseRoute.tsx';
import { ConsultPage } from './consult/ConsultPage.tsx';
import { IntakePage } from './intake/IntakePage.tsx';
import { NotYetPage, notYetRoles } from './NotYetPage.tsx';

// The window clerk's calling panel comes first, so a clerk lands on it after signing in.
export const workbenchMenu: StaffMenuEntry[] = [
  { key: 'queue', path: '/workbench/queue', labelKey: 'workbench.menu.queue', permission: 'queue.serve' },
  { key: 'intake', path: '/workbench/intake', labelKey: 'workbench.menu.intake', permission: 'case.intake' },
  { key: 'not-yet', path: '/workbench/inbox', labelKey: 'workbench.menu.notYet', roles: notYetRoles },
  { key: 'cases', path: '/workbench/cases', labelKey: 'workbench.menu.cases', permission: 'case.read' },
  { key: 'consult', path: '/workbench/consult', labelKey: 'workbench.menu.consult', permission: 'case.consult' },
  { key: 'home', path: '/workbench', labelKey: 'workbench.menu.home' },
];

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
      <Route
        path="intake"
        element={
          <RequirePermission permission="case.intake">
            <IntakePage />
          </RequirePermission>
        }
      />
      <Route
        path="cases"
        element={
          <RequirePermission permission="case.read">
            <CaseListsPage />
          </RequirePermission>
        }
      />
      <Route
        path="cases/:id"
        element={
          <RequirePermission permission="case.read">
            <CaseRoute />
          </RequirePermission>
        }
      />
      <Route
        path="consult"
        element={
          <RequirePermission permission="case.consult">
            <ConsultPage />
          </RequirePermission>
        }
      />
      <Route path="inbox" element={<NotYetPage />} />
      <Route path="*" element={<WorkbenchHome />} />
    </Routes>
  );
}
