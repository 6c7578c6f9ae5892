import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';

// A touch screen read standing at arm's length: very large type, high contrast, no small links.
function KioskHome() {
  const { t } = useTranslation();
  return (
    <div style={{ minHeight: '100vh', background: '#fff7f0', display: 'flex', flexDirection: 'column', userSelect: 'none' }}>
      <header style={{ background: '#a40e26', color: '#fff', padding: '28px 48px', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h1 style={{ margin: 0, fontSize: 56, fontWeight: 700, letterSpacing: 4 }}>{t('kiosk.title')}</h1>
        {/* Scaled up: a finger, not a mouse pointer, picks the language here. */}
        <div style={{ transform: 'scale(1.5)', transformOrigin: 'right center' }}>
          <LanguageSwitch size="large" />
        </div>
      </header>
      <main style={{ flex: 1, padding: '64px 48px', fontSize: 34, lineHeight: 1.6, color: '#1f1f1f' }}>
        <p style={{ margin: '0 0 48px' }}>{t('kiosk.purpose')}</p>
        <div style={{ background: '#fff', border: '3px solid #f0c8a8', borderRadius: 24, padding: '40px 48px' }}>
          <p style={{ margin: '0 0 24px', fontWeight: 600 }}>{t('kiosk.now')}</p>
          <p style={{ margin: 0 }}>{t('kiosk.next')}</p>
        </div>
      </main>
    </div>
  );
}

export function KioskRoutes() {
  return (
    <Routes>
      <Route path="*" element={<KioskHome />} />
    </Routes>
  );
}
