import { useTranslation } from 'react-i18next';
import { CategoryIcon, type HallCategory } from '../../features/hall/index.ts';
import { kioskColors } from './KioskLayout.tsx';

/** Why a category cannot issue now, in the visitor's words; undefined when it can. */
function unavailable(c: HallCategory, t: (k: string, o?: Record<string, unknown>) => string): string | undefined {
  if (!c.openNow) return c.openingHours ? t('kiosk.closedNow', { hours: c.openingHours }) : t('kiosk.paused');
  if (c.remainingToday <= 0) return t('kiosk.soldOut');
  return undefined;
}

/** Step one: the hall's categories in plain words, each a big card with its icon and how many wait. */
export function CategoryGrid({ categories, onPick }: { categories: HallCategory[]; onPick: (c: HallCategory) => void }) {
  const { t } = useTranslation();
  if (categories.length === 0) return <p style={{ fontSize: 36, marginTop: 80, textAlign: 'center' }}>{t('kiosk.noCategories')}</p>;
  return (
    <>
      <h2 style={{ fontSize: 48, margin: '0 0 32px', textAlign: 'center' }}>{t('kiosk.choose')}</h2>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 28 }}>
        {categories.map((c) => {
          const why = unavailable(c, t);
          return (
            <button
              key={c.id}
              type="button"
              disabled={!!why}
              onClick={() => onPick(c)}
              data-testid="kiosk-category"
              data-prefix={c.prefix}
              style={{
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'flex-start',
                gap: 10,
                minHeight: 250,
                padding: '28px 32px',
                borderRadius: 24,
                border: `3px solid ${why ? '#d9d9d9' : kioskColors.line}`,
                background: why ? '#f5f5f5' : '#fff',
                color: why ? '#8c8c8c' : kioskColors.ink,
                textAlign: 'left',
                cursor: why ? 'default' : 'pointer',
                boxShadow: why ? 'none' : '0 4px 12px rgba(164, 14, 38, 0.08)',
              }}
            >
              <span style={{ display: 'flex', alignItems: 'center', gap: 20, width: '100%' }}>
                <CategoryIcon name={c.icon} style={{ fontSize: 64, color: why ? '#bfbfbf' : kioskColors.brand }} />
                <span style={{ fontSize: 46, fontWeight: 700, lineHeight: 1.2 }}>{c.name}</span>
              </span>
              <span style={{ fontSize: 26, lineHeight: 1.45, color: why ? '#8c8c8c' : kioskColors.soft, flex: 1 }}>{c.description}</span>
              <span style={{ fontSize: 28, fontWeight: 600, color: why ? '#8c8c8c' : kioskColors.green }}>
                {why ?? t('kiosk.waiting', { count: c.waiting })}
              </span>
            </button>
          );
        })}
      </div>
      <p style={{ fontSize: 28, margin: '36px 0 8px', textAlign: 'center', color: kioskColors.green, fontWeight: 600 }}>
        {t('kiosk.greenHint')}
      </p>
      <p style={{ fontSize: 26, margin: 0, textAlign: 'center', color: kioskColors.soft }}>{t('kiosk.helpHint')}</p>
    </>
  );
}
