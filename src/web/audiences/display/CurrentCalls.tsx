import { useTranslation } from 'react-i18next';
import type { Board } from '../../features/hall/index.ts';
import { displayColors } from './colors.ts';

/** Tiles shown at most: four rows of two fill the left of a 1080p screen at a readable size. */
const MAX_TILES = 8;

/**
 * Who goes where, now: one tile per window with a ticket at it, newest call first, the number
 * huge and the window beside it. A call of the last few seconds flashes.
 */
export function CurrentCalls({ current, fresh }: { current: Board['current']; fresh: ReadonlySet<string> }) {
  const { t } = useTranslation();
  return (
    <section style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <h2 style={{ margin: '0 0 1.5vh', fontSize: '4vh', color: displayColors.accent, letterSpacing: '0.2em' }}>
        {t('display.nowCalling')}
      </h2>
      {current.length === 0 && (
        <p style={{ fontSize: '5vh', opacity: 0.7, margin: '8vh 0', textAlign: 'center' }}>{t('display.noCalls')}</p>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gridAutoRows: 'min-content', gap: '1.6vh 1.2vw' }}>
        {current.slice(0, MAX_TILES).map((c) => (
          <div
            key={c.ticketId}
            className={fresh.has(c.ticketId) ? 'ow-fresh' : undefined}
            data-testid="display-call"
            data-number={c.number}
            data-window={c.windowNumber}
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              padding: '1vh 1.6vw',
              borderRadius: 12,
              background: c.state === 'called' ? displayColors.call : displayColors.panel,
              border: `2px solid ${c.state === 'called' ? '#d4380d' : displayColors.line}`,
            }}
          >
            <span style={{ fontSize: '10.5vh', fontWeight: 800, lineHeight: 1.05, fontVariantNumeric: 'tabular-nums', color: '#fff' }}>
              {c.number}
            </span>
            {/* The window's number as big as can be, its label small: "3 号窗口", "Window 3". */}
            <span style={{ textAlign: 'right', whiteSpace: 'nowrap', color: displayColors.accent, fontWeight: 700 }}>
              <span style={{ fontSize: '3.6vh' }}>{t('display.windowBefore')}</span>
              <span style={{ fontSize: '9vh', margin: '0 0.4vw', fontVariantNumeric: 'tabular-nums' }}>{c.windowNumber}</span>
              <span style={{ fontSize: '3.6vh' }}>{t('display.windowAfter')}</span>
              {c.state === 'serving' && (
                <span style={{ display: 'block', fontSize: '2.6vh', color: displayColors.text, opacity: 0.8, fontWeight: 400 }}>
                  {t('display.serving')}
                </span>
              )}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
