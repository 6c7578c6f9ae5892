import { SoundOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { displayColors } from './colors.ts';

/** Browsers stay silent until someone clicks once: a one-time veil over the screen asks for that click. */
export function VoiceOverlay({ onEnable }: { onEnable: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      onClick={onEnable}
      data-testid="enable-voice"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 10,
        border: 'none',
        background: 'rgba(7, 20, 43, 0.82)',
        color: displayColors.text,
        cursor: 'pointer',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: '3vh',
      }}
    >
      <SoundOutlined style={{ fontSize: '14vh', color: displayColors.accent }} />
      <span style={{ fontSize: '7vh', fontWeight: 700 }}>{t('display.enableVoice')}</span>
      <span style={{ fontSize: '3vh', opacity: 0.8 }}>{t('display.enableVoiceHint')}</span>
    </button>
  );
}
