import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const time = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** Beijing time, to the second: a clock that moves also tells the hall the screen is alive. */
export function Clock() {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const day = new Intl.DateTimeFormat(i18n.language?.startsWith('en') ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  });
  return (
    <div style={{ textAlign: 'right' }}>
      <div style={{ fontSize: '6vh', fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.1 }} data-testid="display-clock">
        {time.format(now)}
      </div>
      <div style={{ fontSize: '2.4vh', opacity: 0.8 }}>{day.format(now)}</div>
    </div>
  );
}
