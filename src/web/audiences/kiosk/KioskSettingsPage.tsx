import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { KioskButton, KioskLayout, kioskColors } from './KioskLayout.tsx';
import { readKioskSettings, saveKioskSettings, type KioskSettings } from './settings.ts';

/**
 * /kiosk/settings: for the staff member who installs the kiosk (not linked from the visitor's
 * screens). Kept on this device only: each kiosk has its own printer.
 */
export function KioskSettingsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [s, setS] = useState<KioskSettings>(readKioskSettings);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<KioskSettings>) => {
    const next = { ...s, ...patch };
    setS(next);
    saveKioskSettings(next);
    setSaved(true);
  };
  const option = (selected: boolean, label: string, onClick: () => void, testId: string) => (
    <KioskButton
      onClick={onClick}
      aria-pressed={selected}
      data-testid={testId}
      style={{
        border: `3px solid ${selected ? kioskColors.brand : kioskColors.line}`,
        color: selected ? kioskColors.brand : kioskColors.ink,
      }}
    >
      {label}
    </KioskButton>
  );
  return (
    <KioskLayout>
      <h2 style={{ fontSize: 44, margin: '0 0 32px' }}>{t('kiosk.settingsTitle')}</h2>
      <h3 style={{ fontSize: 34 }}>{t('kiosk.paper')}</h3>
      <div style={{ display: 'flex', gap: 24, marginBottom: 40 }}>
        {option(s.paper === '58', '58 mm', () => change({ paper: '58' }), 'paper-58')}
        {option(s.paper === '80', '80 mm', () => change({ paper: '80' }), 'paper-80')}
      </div>
      <h3 style={{ fontSize: 34 }}>{t('kiosk.autoPrint')}</h3>
      <div style={{ display: 'flex', gap: 24, marginBottom: 40 }}>
        {option(s.autoPrint, t('kiosk.on'), () => change({ autoPrint: true }), 'auto-print-on')}
        {option(!s.autoPrint, t('kiosk.off'), () => change({ autoPrint: false }), 'auto-print-off')}
      </div>
      <p style={{ fontSize: 28, color: kioskColors.green, minHeight: 40 }}>{saved ? t('kiosk.saved') : ''}</p>
      <Link to={{ pathname: '/kiosk', search: params.toString() }} style={{ fontSize: 32 }}>
        {t('kiosk.back')}
      </Link>
    </KioskLayout>
  );
}
