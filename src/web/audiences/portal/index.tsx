import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';

// Phone first: one narrow column, large tap targets, nothing that needs a hover.
function PortalHome() {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8' }}>
      <header style={{ background: '#a40e26', color: '#fff', padding: '14px 16px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
        <h1 style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>{t('portal.title')}</h1>
        <LanguageSwitch size="small" />
      </header>
      <main style={{ maxWidth: 560, margin: '0 auto', padding: 16 }}>
        <Typography.Paragraph style={{ fontSize: 16 }}>{t('portal.purpose')}</Typography.Paragraph>
        <Card title={t('portal.nowTitle')} style={{ marginBottom: 12 }}>
          {t('portal.now')}
        </Card>
        <Card title={t('portal.nextTitle')}>{t('portal.next')}</Card>
        <Typography.Paragraph style={{ textAlign: 'center', marginTop: 24 }}>
          <Link to="/login">{t('portal.staff')}</Link>
        </Typography.Paragraph>
      </main>
    </div>
  );
}

export function PortalRoutes() {
  return (
    <Routes>
      <Route path="*" element={<PortalHome />} />
    </Routes>
  );
}
