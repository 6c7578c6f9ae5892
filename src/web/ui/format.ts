// Every time on screen is China Standard Time, whatever the browser's own zone: the rules
// (working days, deadlines) are counted in Beijing time, so the screen must agree.
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? '' : dateTime.format(d);
}

/** Today's date (YYYY-MM-DD) in Beijing, whatever the browser's zone: the day the rules count in. */
export function chinaToday(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
