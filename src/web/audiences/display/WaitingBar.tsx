import { useTranslation } from 'react-i18next';
import type { Board } from '../../features/hall/index.ts';
import { displayColors } from './colors.ts';

/** How many wait per category, and which windows are paused and why (so nobody queues at a closed counter). */
export function WaitingBar({ waiting, windows }: { waiting: Board['waiting']; windows: Board['windows'] }) {
  const { t } = useTranslation();
  const paused = windows.filter((w) => w.status === 'paused');
  return (
    <section style={{ padding: '1.2vh 3vw', borderTop: `2px solid ${displayColors.line}` }}>
      <div
        style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '1vh 2.4vw', fontSize: '3vh' }}
        data-testid="display-waiting"
      >
        <span style={{ color: displayColors.accent, fontWeight: 700, letterSpacing: '0.15em' }}>{t('display.waiting')}</span>
        {waiting.map((w) => (
          <span key={w.categoryId} data-category={w.prefix}>
            <b style={{ color: displayColors.accent }}>{w.prefix}</b> {w.name}{' '}
            <b style={{ fontVariantNumeric: 'tabular-nums' }}>{t('display.waitingCount', { count: w.waiting })}</b>
          </span>
        ))}
      </div>
      {paused.length > 0 && (
        <div style={{ marginTop: '0.8vh', fontSize: '2.6vh', color: '#ffa39e' }}>
          {paused
            .map((w) =>
              w.pauseReason
                ? t('display.pausedReason', { window: w.number, reason: w.pauseReason })
                : t('display.paused', { window: w.number }),
            )
            .join('　')}
        </div>
      )}
    </section>
  );
}
