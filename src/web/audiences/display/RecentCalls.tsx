import { useTranslation } from 'react-i18next';
import type { Board } from '../../features/hall/index.ts';
import { displayColors } from './colors.ts';

const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

/** The last calls and recalls, for whoever looked up a moment too late. */
export function RecentCalls({ recent }: { recent: Board['recent'] }) {
  const { t } = useTranslation();
  return (
    <section
      style={{
        width: '26vw',
        background: displayColors.panel,
        borderRadius: 12,
        padding: '1.6vh 1.6vw',
        display: 'flex',
        flexDirection: 'column',
        overflow: 'hidden',
      }}
    >
      <h2 style={{ margin: '0 0 1vh', fontSize: '3.4vh', color: displayColors.accent, letterSpacing: '0.15em' }}>{t('display.recent')}</h2>
      {recent.length === 0 && <p style={{ fontSize: '3vh', opacity: 0.7 }}>{t('display.noRecent')}</p>}
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="display-recent">
        {recent.map((r, i) => (
          <li
            key={`${r.ticketId}-${r.at}`}
            style={{
              display: 'grid',
              gridTemplateColumns: '1.1fr 1.3fr 0.8fr',
              alignItems: 'baseline',
              fontSize: '3.6vh',
              padding: '0.7vh 0',
              borderBottom: `1px solid ${displayColors.line}`,
              opacity: i === 0 ? 1 : 0.85,
            }}
          >
            <span style={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>{r.number}</span>
            <span>
              {r.windowNumber ? t('display.toWindow', { window: r.windowNumber }) : ''}
              {r.action === 'recall' && (
                <span style={{ fontSize: '2.2vh', marginLeft: '0.5vw', color: displayColors.accent }}>{t('display.recall')}</span>
              )}
            </span>
            <span style={{ fontSize: '2.6vh', opacity: 0.7, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {time.format(new Date(r.at))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
