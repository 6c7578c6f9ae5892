import { Alert, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hallTime } from '../../../../domain/queue/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useAppointmentSlots, type Slot } from './api.ts';
import { daysFrom, freeOnDay, groupSlots, monthDay, weekdayOf } from './slots.ts';

export interface ChosenSlot {
  date: string;
  start: string;
  end: string;
}

/** Step two: a row of working days (today, tomorrow, then weekdays), then that day's slots by morning and afternoon with free places. */
export function SlotPicker({
  centerId,
  categoryId,
  value,
  onChange,
}: {
  centerId: string;
  categoryId: string;
  value?: ChosenSlot;
  onChange: (s: ChosenSlot) => void;
}) {
  const { t } = useTranslation();
  const slots = useAppointmentSlots(centerId, categoryId);
  const days = slots.data?.days ?? [];
  const firstOpen = days.find((d) => freeOnDay(d.slots) > 0)?.date ?? days[0]?.date;
  const [picked, setPicked] = useState<string>();
  const date = picked ?? value?.date ?? firstOpen;
  const day = days.find((d) => d.date === date);
  const today = hallTime(new Date()).serviceDate;

  if (slots.isPending) return <Skeleton active />;
  if (slots.isError) return <Alert type="error" showIcon title={errorText(slots.error, t('portal.hall.loadFailed'))} />;
  if (days.length === 0) return <Empty description={t('portal.hall.noSlots')} />;

  const dayName = (d: string) => {
    const n = daysFrom(today, d);
    if (n === 0) return t('portal.hall.today');
    if (n === 1) return t('portal.hall.tomorrow');
    return t(`portal.hall.weekdays.${weekdayOf(d)}`);
  };
  const slotButton = (s: Slot) => {
    const on = !!value && value.date === date && value.start === s.start;
    const full = s.available <= 0;
    return (
      <button
        key={s.start}
        type="button"
        className="ow-hall-slot"
        aria-pressed={on}
        disabled={full}
        onClick={() => onChange({ date: date!, start: s.start, end: s.end })}
        data-testid="slot"
        data-start={s.start}
      >
        {s.start}–{s.end}
        <small>{full ? t('portal.hall.full') : t('portal.hall.left', { count: s.available })}</small>
      </button>
    );
  };
  return (
    <>
      <h2 style={{ margin: '4px 0 8px' }}>{t('portal.hall.chooseDay')}</h2>
      <div className="ow-hall-days" role="group" aria-label={t('portal.hall.chooseDay')}>
        {days.map((d) => (
          <button
            key={d.date}
            type="button"
            className="ow-hall-day"
            aria-pressed={d.date === date}
            onClick={() => setPicked(d.date)}
            data-testid="slot-day"
            data-date={d.date}
          >
            {dayName(d.date)}
            <small>{freeOnDay(d.slots) > 0 ? monthDay(d.date) : t('portal.hall.dayFull')}</small>
          </button>
        ))}
      </div>
      <h2 style={{ margin: '8px 0 4px' }}>{t('portal.hall.chooseSlot')}</h2>
      {!day || day.slots.length === 0 ? (
        <p className="ow-muted">{t('portal.hall.dayNoSlots')}</p>
      ) : (
        groupSlots(day.slots).map((g) => (
          <div key={g.part}>
            <h3 className="ow-muted" style={{ fontWeight: 400 }}>
              {t(`portal.hall.part.${g.part}`)}
            </h3>
            <div className="ow-hall-slots">{g.slots.map(slotButton)}</div>
          </div>
        ))
      )}
    </>
  );
}
