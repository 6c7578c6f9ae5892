import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDayView } from './api.ts';

/**
 * What a month cell shows: days off that the arrangement lists in red with their name,
 * make-up working days (调休上班) in blue 班. Ordinary weekends and weekdays stay plain.
 */
export function DayMark({ day }: { day: CalendarDayView | undefined }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  if (!day || day.source === null) return null;
  const regional = day.region !== null && day.region !== '';
  const tip = `${t(`sources.${day.source}`)}${regional ? ` · ${day.region}` : ''}`;
  return (
    <Tooltip title={tip}>
      <Tag
        color={day.workday ? 'blue' : 'red'}
        style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {day.workday ? t('work') : t('off')}
        {day.name ? ` ${day.name}` : ''}
        {regional ? ' *' : ''}
      </Tag>
    </Tooltip>
  );
}

/**
 * What a year-view month cell shows under antd's own month label: the named days off of that
 * month (each name once, with its number of days) in red, and how many make-up working days.
 */
export function MonthMark({ days }: { days: readonly CalendarDayView[] }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  const off = new Map<string, number>();
  for (const d of days) if (!d.workday && d.source !== null && d.name) off.set(d.name, (off.get(d.name) ?? 0) + 1);
  const work = days.filter((d) => d.workday && d.source !== null).length;
  if (!off.size && !work) return null;
  return (
    <div data-testid="calendar-month-mark" style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {[...off].map(([name, n]) => (
        <Tag key={name} color="red" style={{ marginInlineEnd: 0 }}>
          {t('monthOff', { name, count: n })}
        </Tag>
      ))}
      {work > 0 && (
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t('monthWork', { count: work })}
        </Tag>
      )}
    </div>
  );
}
