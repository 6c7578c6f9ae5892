import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import './messages.ts';

// A landscape tablet on the counter, facing the visitor: large calm type, centred, no chrome.
function RateHome() {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #e6f4ff, #ffffff)', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 48 }}>
      <main style={{ maxWidth: 960, textAlign: 'center', fontSize: 26, lineHeight: 1.6, color: '#1f1f1f' }}>
        <h1 style={{ fontSize: 44, margin: '0 0 24px', color: '#0958d9' }}>{t('rate.title')}</h1>
        <p style={{ margin: '0 0 32px' }}>{t('rate.purpose')}</p>
        <p style={{ margin: '0 0 16px', fontWeight: 600 }}>{t('rate.now')}</p>
        <p style={{ margin: 0, color: '#595959' }}>{t('rate.next')}</p>
      </main>
    </div>
  );
}

export function RateRoutes() {
  return (
    <Routes>
      <Route path="*" element={<RateHome />} />
    </Routes>
  );
}
