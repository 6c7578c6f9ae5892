import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterPicker, useCenterParam, useIdParam, useLiveBoard } from '../../features/hall/index.ts';
import { WindowScreen } from './WindowScreen.tsx';

/**
 * /display/window?center=<id>&window=<id>: the screen above one counter. Without a hall or a
 * window in the address, whoever sets the screen up picks them once; the choice goes into the
 * address to keep as the screen's start page.
 */
export function WindowEntry() {
  const { t } = useTranslation();
  const [centerId, chooseCenter] = useCenterParam();
  const [windowId, setWindow] = useIdParam('window');
  if (!centerId)
    return (
      <CenterPicker
        dark
        title={t('display.windowTitle')}
        subtitle={t('display.pickCenter')}
        hint={t('display.pickCenterHint')}
        empty={t('display.noCenters')}
        failed={t('display.loadFailed')}
        onPick={chooseCenter}
      />
    );
  if (windowId) return <WindowScreen key={windowId} centerId={centerId} windowId={windowId} onPickAgain={() => setWindow(undefined)} />;
  return <WindowPicker centerId={centerId} onPick={setWindow} />;
}

function WindowPicker({ centerId, onPick }: { centerId: string; onPick: (windowId: string) => void }) {
  const { t } = useTranslation();
  const { board, status } = useLiveBoard(centerId);
  return (
    <div style={{ minHeight: '100vh', background: '#07142b', color: '#f5f7fa', padding: '6vh 6vw', boxSizing: 'border-box' }}>
      <h1 style={{ fontSize: 'clamp(32px, 5vh, 64px)', margin: '0 0 2vh', color: '#ffd666' }}>
        {board?.centerName ?? ''} {t('display.windowTitle')}
      </h1>
      <h2 style={{ fontSize: 'clamp(24px, 3.4vh, 44px)', margin: '0 0 1vh' }}>{t('display.pickWindow')}</h2>
      <p style={{ fontSize: 'clamp(18px, 2.4vh, 30px)', margin: '0 0 4vh', opacity: 0.8 }}>{t('display.pickCenterHint')}</p>
      {status === 'notFound' && <p style={{ fontSize: 24 }}>{t('display.centerNotFound')}</p>}
      {!board && status !== 'notFound' && <Spin size="large" />}
      {board?.windows.length === 0 && <p style={{ fontSize: 24 }}>{t('display.noWindows')}</p>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 24 }}>
        {board?.windows.map((w) => (
          <button
            key={w.windowId}
            type="button"
            onClick={() => onPick(w.windowId)}
            data-testid="window-choice"
            style={{
              background: '#10264a',
              border: '2px solid #2b4f86',
              color: '#f5f7fa',
              borderRadius: 16,
              padding: '24px 28px',
              fontSize: 28,
              textAlign: 'left',
              cursor: 'pointer',
            }}
          >
            <b style={{ color: '#ffd666' }}>{t('display.toWindow', { window: w.number })}</b>
            <span style={{ display: 'block', fontSize: 22, opacity: 0.85 }}>{w.name}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
