import { SoundOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { displayColors } from './colors.ts';
import type { VoiceCheck } from './voiceCheck.ts';

/**
 * Browsers stay silent until someone clicks once: a one-time veil over the screen asks for that
 * click, and tells whoever sets the screen up which voice will read the calls, or that none can.
 */
export function VoiceOverlay({ onEnable, voice }: { onEnable: () => void; voice: VoiceCheck }) {
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
      {voice.state === 'ready' && (
        <span style={{ fontSize: '2.6vh', opacity: 0.8 }} data-testid="voice-ready">
          {t('display.voiceReady', { name: voice.name })}
        </span>
      )}
      {voice.state === 'missing' && (
        <span
          data-testid="voice-missing-hint"
          style={{ fontSize: '2.8vh', maxWidth: '70vw', padding: '1.5vh 2vw', borderRadius: 12, background: '#ad6800', color: '#fff' }}
        >
          {t('display.voiceMissingHint')}
        </span>
      )}
    </button>
  );
}
