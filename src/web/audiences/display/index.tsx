import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';

const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const day = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });

// A 1080p screen on the wall, read from across the hall: dark background, very large type,
// nothing to click. The clock is real, in Beijing time, and tells the hall the screen is alive.
function DisplayHome() {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 10_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div style={{ position: 'fixed', inset: 0, background: '#07142b', color: '#f5f7fa', display: 'flex', flexDirection: 'column', cursor: 'none', overflow: 'hidden' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', padding: '3vh 4vw', borderBottom: '2px solid #1e3a6b' }}>
        <h1 style={{ margin: 0, fontSize: '6vh', fontWeight: 700, letterSpacing: '0.2em', color: '#ffd666' }}>{t('display.title')}</h1>
        <div style={{ textAlign: 'right' }}>
          <div style={{ fontSize: '7vh', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="display-clock">
            {clock.format(now)}
          </div>
          <div style={{ fontSize: '2.6vh', opacity: 0.8 }}>{day.format(now)}</div>
        </div>
      </header>
      <main style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '0 6vw', fontSize: '4.2vh', lineHeight: 1.6 }}>
        <p style={{ margin: '0 0 5vh', opacity: 0.85 }}>{t('display.purpose')}</p>
        <p style={{ margin: '0 0 2vh', fontSize: '5vh', fontWeight: 600 }}>{t('display.now')}</p>
        <p style={{ margin: 0, opacity: 0.85 }}>{t('display.next')}</p>
      </main>
    </div>
  );
}

export function DisplayRoutes() {
  return (
    <Routes>
      <Route path="*" element={<DisplayHome />} />
    </Routes>
  );
}
