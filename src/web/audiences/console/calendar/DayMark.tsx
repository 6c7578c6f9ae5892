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
