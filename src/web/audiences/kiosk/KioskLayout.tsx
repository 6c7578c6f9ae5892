import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ServiceNotice } from '../../ui/ServiceNotice.tsx';

export const kioskColors = { brand: '#a40e26', paper: '#fff7f0', line: '#f0c8a8', ink: '#1f1f1f', soft: '#595959', green: '#237804' };

// A portrait touch screen (1080×1920) read standing at arm's length: very large type, high
// contrast, every target at least a thumb wide. Nothing is selectable or draggable.
export function KioskLayout({ centerName, children }: { centerName?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      className="ow-kiosk ow-screen-only"
      style={{
        minHeight: '100vh',
        background: kioskColors.paper,
        display: 'flex',
        flexDirection: 'column',
        userSelect: 'none',
        color: kioskColors.ink,
      }}
    >
      <ServiceNotice />
      <header
        style={{
          background: kioskColors.brand,
          color: '#fff',
          padding: '28px 48px',
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 24,
        }}
      >
        <div>
          <h1 style={{ margin: 0, fontSize: 52, fontWeight: 700, letterSpacing: 4 }}>{t('kiosk.title')}</h1>
          {centerName && (
            <div style={{ fontSize: 28, opacity: 0.9, marginTop: 4 }} data-testid="kiosk-center">
              {centerName}
            </div>
          )}
        </div>
        {/* Scaled up: a finger, not a mouse pointer, picks the language here. */}
        <div style={{ transform: 'scale(1.5)', transformOrigin: 'right center' }}>
          <LanguageSwitch size="large" />
        </div>
      </header>
      <main style={{ flex: 1, padding: '40px 48px', display: 'flex', flexDirection: 'column' }}>{children}</main>
    </div>
  );
}

/** The kiosk's big buttons: a primary (brand) and a plain one. */
export function KioskButton({ primary, children, ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean }) {
  return (
    <button
      type="button"
      {...rest}
      style={{
        minHeight: 110,
        padding: '0 48px',
        fontSize: 40,
        fontWeight: 600,
        borderRadius: 20,
        border: primary ? 'none' : `3px solid ${kioskColors.line}`,
        background: rest.disabled ? '#d9d9d9' : primary ? kioskColors.brand : '#fff',
        color: primary ? '#fff' : kioskColors.ink,
        cursor: rest.disabled ? 'default' : 'pointer',
        ...rest.style,
      }}
    >
      {children}
    </button>
  );
}
