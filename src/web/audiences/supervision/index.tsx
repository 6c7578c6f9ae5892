import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import type { StaffMenuEntry } from '../../ui/menu.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { AuditLog } from './AuditLog.tsx';
import './messages.ts';

// The overview asks for org.read: supervisors watch centers; the audit administrator
// (三权分立) reads the audit log and nothing else, so sees only that entry.
export const supervisionMenu: StaffMenuEntry[] = [
  { key: 'overview', path: '/supervision/overview', labelKey: 'supervision.menu.overview', permission: 'org.read' },
  { key: 'audit', path: '/supervision/audit', labelKey: 'supervision.menu.audit', permission: 'audit.read' },
];

function Overview() {
  const { t } = useTranslation();
  return (
    <Card title={t('supervision.overview.title')}>
      <Typography.Paragraph>{t('supervision.overview.purpose')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('supervision.overview.now')} />
    </Card>
  );
}

export function SupervisionRoutes() {
  return (
    <Routes>
      <Route path="overview" element={<RequirePermission permission="org.read"><Overview /></RequirePermission>} />
      <Route path="audit" element={<RequirePermission permission="audit.read"><AuditLog /></RequirePermission>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
