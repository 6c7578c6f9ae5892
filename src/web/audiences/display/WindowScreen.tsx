import { Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveBoard, type BoardCall } from '../../features/hall/index.ts';
import { displayColors, screenFrame } from './colors.ts';
import { afterBoard, HEARD_CALL_MS, windowScreenState, type HeardCall, type WindowScreenState } from './windowScreen.ts';

/** A fresh call flashes this long, as on the wall screen. */
const FRESH_MS = 8000;

/**
 * 窗口屏: the small screen above one counter (a 1366×768 monitor or a wide strip), read
 * from the queue in front of it: the window's number and name, and who is called to it now,
 * or that it is paused and why. Silent: the hall's wall screen speaks.
 */
export function WindowScreen({ centerId, windowId, onPickAgain }: { centerId: string; windowId: string; onPickAgain: () => void }) {
  const { t } = useTranslation();
  const [heard, setHeard] = useState<HeardCall>();
  const [freshUntil, setFreshUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const onCalls = useCallback(
    (calls: BoardCall[]) => {
      const mine = calls.filter((c) => c.windowId === windowId).at(-1);
      if (!mine) return;
      const at = Date.now();
      setHeard({ call: mine, heardAt: at, boards: 0 });
      setFreshUntil(at + FRESH_MS);
      setNow(at);
    },
    [windowId],
  );
  const { board, status } = useLiveBoard(centerId, { onCalls });
  useEffect(() => {
    if (board) setHeard((h) => afterBoard(h, board, windowId));
  }, [board, windowId]);
  // Re-render when a heard call stops outranking the board, and when the flash ends.
  useEffect(() => {
    const until = Math.max(heard ? heard.heardAt + HEARD_CALL_MS : 0, freshUntil) - Date.now();
    if (until <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), until + 10);
    return () => window.clearTimeout(timer);
  }, [heard, freshUntil, now]);

  if (status === 'notFound') return <Message text={t('display.centerNotFound')} />;
  if (!board)
    return (
      <Frame>
        <Spin size="large" />
      </Frame>
    );
  const state = windowScreenState(board, windowId, heard, now);
  if (state.kind === 'unknown')
    return <Message text={t('display.windowNotFound')} action={t('display.pickWindowAgain')} onAction={onPickAgain} />;
  const fresh = state.kind === 'called' && now < freshUntil;
  const categoryName = new Map(board.waiting.map((c) => [c.categoryId, c.name]));
  const services = state.window.categoryIds.flatMap((id) => categoryName.get(id) ?? []);
  return (
    <Frame testId="window-screen" state={state.kind}>
      <div style={{ flex: '0 0 34%', display: 'flex', flexDirection: 'column', justifyContent: 'center', minWidth: 0 }}>
        <div style={{ color: displayColors.accent, fontWeight: 800, whiteSpace: 'nowrap' }} data-testid="window-screen-number">
          <span style={{ fontSize: '9vh' }}>{t('display.windowBefore')}</span>
          <span style={{ fontSize: '30vh', lineHeight: 1, fontVariantNumeric: 'tabular-nums', margin: '0 1vw' }}>
            {state.window.number}
          </span>
          <span style={{ fontSize: '9vh' }}>{t('display.windowAfter')}</span>
        </div>
        <div style={{ fontSize: '7vh', opacity: 0.85, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {state.window.name}
        </div>
        {services.length > 0 && (
          <div style={{ fontSize: '4.5vh', opacity: 0.75, marginTop: '1.5vh' }} data-testid="window-screen-services">
            {t('display.services', { names: services.join('、') })}
          </div>
        )}
        {state.window.staffName && (
          <div style={{ fontSize: '5vh', marginTop: '1.5vh' }} data-testid="window-screen-clerk">
            {t('display.clerk', { name: state.window.staffName })}
          </div>
        )}
        {status !== 'open' && (
          <span role="status" data-testid="display-connection" style={{ fontSize: '4.5vh', color: '#ffc069', marginTop: '2vh' }}>
            {t(status === 'reconnecting' ? 'display.reconnecting' : 'display.connecting')}
          </span>
        )}
      </div>
      <div
        className={fresh ? 'ow-fresh' : undefined}
        data-testid="window-screen-state"
        style={{
          flex: 1,
          alignSelf: 'stretch',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          borderRadius: 16,
          padding: '2vh 2vw',
          minWidth: 0,
          background: state.kind === 'called' ? displayColors.call : displayColors.panel,
          border: `3px solid ${state.kind === 'called' ? '#d4380d' : displayColors.line}`,
        }}
      >
        <StateText state={state} />
      </div>
    </Frame>
  );
}

function StateText({ state }: { state: Exclude<WindowScreenState, { kind: 'unknown' }> }) {
  const { t } = useTranslation();
  const big = { fontSize: '34vh', fontWeight: 800, lineHeight: 1, color: '#fff', fontVariantNumeric: 'tabular-nums' } as const;
  const line = { fontSize: '9vh', fontWeight: 700, textAlign: 'center', marginTop: '2vh' } as const;
  switch (state.kind) {
    case 'called':
    case 'serving':
      return (
        <>
          <span style={big} data-testid="window-screen-ticket">
            {state.number}
          </span>
          <span style={{ ...line, color: state.kind === 'called' ? displayColors.accent : displayColors.ok }}>
            {state.kind === 'called' ? state.ledText || t('display.toWindow', { window: state.window.number }) : t('display.servingNow')}
          </span>
        </>
      );
    case 'paused':
      return (
        <>
          <span style={{ ...line, fontSize: '16vh', color: '#ffa39e', marginTop: 0 }}>{t('display.pausedShort')}</span>
          {state.reason && <span style={line}>{state.reason}</span>}
        </>
      );
    case 'closed':
      return <span style={{ ...line, fontSize: '14vh', opacity: 0.8, marginTop: 0 }}>{t('display.windowClosed')}</span>;
    case 'idle':
      return (
        <>
          <span style={{ ...line, fontSize: '16vh', color: displayColors.ok, marginTop: 0 }}>{t('display.welcome')}</span>
          <span style={{ ...line, opacity: 0.85 }}>{t('display.waitForCall')}</span>
        </>
      );
  }
}

function Frame({ children, testId, state }: { children: React.ReactNode; testId?: string; state?: string }) {
  return (
    <div
      data-testid={testId}
      data-state={state}
      style={{
        ...screenFrame,
        alignItems: 'center',
        justifyContent: 'center',
        gap: '3vw',
        padding: '4vh 3vw',
        cursor: 'none',
      }}
    >
      {children}
    </div>
  );
}

function Message({ text, action, onAction }: { text: string; action?: string; onAction?: () => void }) {
  return (
    <Frame>
      <p style={{ fontSize: '7vh', textAlign: 'center', cursor: 'auto' }}>
        {text}
        {action && (
          <button
            type="button"
            onClick={onAction}
            style={{ display: 'block', margin: '4vh auto 0', fontSize: '5vh', padding: '1vh 2vw', cursor: 'pointer' }}
          >
            {action}
          </button>
        )}
      </p>
    </Frame>
  );
}
