import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequirePermission } from '../../features/session/index.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { AuditLog } from './AuditLog.tsx';
import './messages.ts';

// The menu lives in its own file: the shell reads it without loading this audience's pages.
export { supervisionMenu } from './menu.ts';

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
