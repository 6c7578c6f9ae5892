import { Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { voiceText } from '../../../domain/queue/index.ts';
import { useHallInfo, useLiveBoard, type BoardCall } from '../../features/hall/index.ts';
import { ServiceNotice } from '../../ui/ServiceNotice.tsx';
import { Clock } from './Clock.tsx';
import { displayColors, screenFrame } from './colors.ts';
import { CurrentCalls } from './CurrentCalls.tsx';
import { NoticeLine } from './NoticeLine.tsx';
import { RecentCalls } from './RecentCalls.tsx';
import { unlockChime } from './chime.ts';
import { useAnnouncer } from './useAnnouncer.ts';
import { useVoiceCheck } from './voiceCheck.ts';
import { VoiceOverlay } from './VoiceOverlay.tsx';
import { WaitingBar } from './WaitingBar.tsx';

/** Said once when voice is switched on, so whoever set the screen up hears that it works. */
const VOICE_READY = '语音播报已开启';

/** A fresh call flashes this long. */
const FRESH_MS = 8000;

/** What to say: the server's text from the hall's template, or the default template (FACTS §H). */
const spoken = (c: BoardCall) => c.voiceText || voiceText({ ticketNumber: c.number, windowNumber: c.windowNumber });

/**
 * The hall's wall screen (1920×1080): calls live from the hall socket, each one said aloud.
 * Options in the address: ?voice=off (a second screen that stays silent), ?repeat=2, ?chime=1,
 * ?notice=… (overrides the hall's notice line from the console's hall settings for this screen).
 */
export function DisplayScreen({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // Sound unless this screen is silent by choice; without speech synthesis it only chimes.
  const voiceWanted = params.get('voice') !== 'off';
  const [voiceOn, setVoiceOn] = useState(false);
  const repeat = Math.min(3, Math.max(1, Number(params.get('repeat')) || 1));
  const voice = useVoiceCheck(voiceWanted);
  // Without a Chinese voice the chime is the only sound a call makes: better than silence.
  const chime = params.get('chime') === '1' || voice.state === 'missing';
  const say = useAnnouncer({ enabled: voiceWanted && voiceOn, repeat, chime });
  const greeted = useRef(false);
  useEffect(() => {
    if (!voiceOn || greeted.current) return;
    greeted.current = true;
    say([VOICE_READY]);
  }, [voiceOn, say]);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef<number[]>([]);

  const onCalls = useCallback(
    (calls: BoardCall[]) => {
      say(calls.map(spoken));
      const ids = calls.map((c) => c.ticketId);
      setFresh((f) => new Set([...f, ...ids]));
      timers.current.push(window.setTimeout(() => setFresh((f) => new Set([...f].filter((id) => !ids.includes(id)))), FRESH_MS));
    },
    [say],
  );
  useEffect(() => () => timers.current.forEach((id) => window.clearTimeout(id)), []);
  const { board, status } = useLiveBoard(centerId, { onCalls });
  const hall = useHallInfo(centerId);
  const notice = params.get('notice')?.trim() || hall.data?.notice || t('display.defaultNotice');

  if (status === 'notFound') return <p style={{ fontSize: '4vh', padding: '10vh 6vw' }}>{t('display.centerNotFound')}</p>;
  const enable = () => {
    unlockChime();
    setVoiceOn(true);
  };
  return (
    <div
      style={{
        ...screenFrame,
        flexDirection: 'column',
        cursor: voiceWanted && !voiceOn ? 'pointer' : 'none',
      }}
    >
      <ServiceNotice />
      <header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '2vh 3vw',
          borderBottom: `2px solid ${displayColors.line}`,
        }}
      >
        <div>
          <h1
            style={{ margin: 0, fontSize: '5.4vh', fontWeight: 700, letterSpacing: '0.15em', color: displayColors.accent }}
            data-testid="display-center"
          >
            {board?.centerName ?? '\u00a0'}
          </h1>
          <div style={{ fontSize: '2.6vh', opacity: 0.8, letterSpacing: '0.3em' }}>{t('display.title')}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: '2vw' }}>
          {voiceWanted && voiceOn && voice.state === 'missing' && (
            <span
              role="status"
              data-testid="display-voice-missing"
              style={{ fontSize: '2.4vh', padding: '0.6vh 1vw', borderRadius: 999, background: '#ad6800', color: '#fff' }}
            >
              {t('display.voiceMissing')}
            </span>
          )}
          {status !== 'open' && (
            <span
              role="status"
              data-testid="display-connection"
              style={{ fontSize: '2.4vh', padding: '0.6vh 1vw', borderRadius: 999, background: '#ad6800', color: '#fff' }}
            >
              {t(status === 'reconnecting' ? 'display.reconnecting' : 'display.connecting')}
            </span>
          )}
          <Clock />
        </div>
      </header>
      {board ? (
        <main style={{ flex: 1, display: 'flex', gap: '2vw', padding: '2vh 3vw', minHeight: 0 }}>
          <CurrentCalls current={board.current} fresh={fresh} />
          <RecentCalls recent={board.recent} />
        </main>
      ) : (
        <main style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Spin size="large" />
        </main>
      )}
      {board && <WaitingBar waiting={board.waiting} windows={board.windows} />}
      <NoticeLine text={notice} />
      {voiceWanted && !voiceOn && <VoiceOverlay onEnable={enable} voice={voice} />}
    </div>
  );
}
