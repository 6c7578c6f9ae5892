import { Alert, Button, Empty, Skeleton } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CategoryIcon, hallKey } from '../../../features/hall/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { bookAppointment, useAppointmentOptions } from './api.ts';
import { BookingForm, type PersonFields } from './BookingForm.tsx';
import { CenterGate } from './CenterGate.tsx';
import { SlotPicker, type ChosenSlot } from './SlotPicker.tsx';
import './hall.css';

/** /portal/hall/book?center=: category → day and slot → real name → the confirmation (the appointment's own page). */
export function BookPage() {
  return <CenterGate>{(centerId) => <Booking centerId={centerId} />}</CenterGate>;
}

type Step = 'category' | 'slot' | 'form';

function Booking({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const options = useAppointmentOptions(centerId);
  const [step, setStep] = useState<Step>('category');
  const [categoryId, setCategoryId] = useState<string>();
  const [slot, setSlot] = useState<ChosenSlot>();
  useDocumentTitle(t('portal.hall.book'), t('portal.title'));
  const book = useMutation({
    mutationFn: (p: PersonFields) => bookAppointment(centerId, { categoryId: categoryId!, date: slot!.date, start: slot!.start, ...p }),
    onSuccess: (a) => {
      void qc.invalidateQueries({ queryKey: hallKey(centerId) });
      navigate(`/portal/appointment/${a.centerId}/${a.id}?code=${a.code}&new=1`);
    },
    // The slot may have filled meanwhile: show the fresh counts if the visitor goes back.
    onError: () => void qc.invalidateQueries({ queryKey: [...hallKey(centerId), 'appointment-slots'] }),
  });

  if (options.isPending) return <Skeleton active />;
  if (!options.data) return <Alert type="error" showIcon title={errorText(options.error, t('portal.hall.loadFailed'))} />;
  if (!options.data.enabled) return <Alert type="warning" showIcon title={t('portal.hall.appointmentsOff')} />;
  const category = options.data.categories.find((c) => c.id === categoryId);
  const home = () => navigate(`/portal/hall?center=${centerId}`);

  return (
    <section className="ow-panel">
      <div className="ow-hall-steps" aria-hidden>
        {(['category', 'slot', 'form'] as const).map((s) => (
          <span key={s} className={s === step ? 'is-on' : undefined}>
            {t(`portal.hall.step.${s}`)}
          </span>
        ))}
      </div>
      {step === 'category' && (
        <>
          <h1 style={{ marginBottom: 12 }}>{t('portal.hall.chooseCategory')}</h1>
          {options.data.categories.length === 0 && <Empty description={t('portal.hall.noBookable')} />}
          <div className="ow-stack">
            {options.data.categories.map((c) => (
              <button
                key={c.id}
                type="button"
                className="ow-hall-choice"
                onClick={() => {
                  setCategoryId(c.id);
                  setSlot(undefined);
                  setStep('slot');
                }}
                data-testid="book-category"
                data-prefix={c.prefix}
              >
                <CategoryIcon name={c.icon} />
                <span>
                  <strong>{c.name}</strong>
                  <span className="ow-small ow-muted">{c.description}</span>
                </span>
              </button>
            ))}
          </div>
          <div className="ow-hall-bar" style={{ gridTemplateColumns: '1fr' }}>
            <Button size="large" onClick={home}>
              {t('portal.hall.back')}
            </Button>
          </div>
        </>
      )}
      {step === 'slot' && categoryId && (
        <>
          <h1 style={{ marginBottom: 4 }}>{category?.name}</h1>
          <SlotPicker centerId={centerId} categoryId={categoryId} value={slot} onChange={setSlot} />
          <div className="ow-hall-bar">
            <Button size="large" onClick={() => setStep('category')}>
              {t('portal.hall.back')}
            </Button>
            <Button type="primary" size="large" disabled={!slot} onClick={() => setStep('form')} data-testid="book-next">
              {t('portal.hall.next')}
            </Button>
          </div>
        </>
      )}
      {step === 'form' && slot && (
        <>
          <p style={{ fontWeight: 600, marginBottom: 12 }} data-testid="book-chosen">
            {t('portal.hall.chosen', { category: category?.name, date: slot.date, start: slot.start, end: slot.end })}
          </p>
          <BookingForm
            rules={options.data.rules}
            busy={book.isPending}
            error={book.error}
            onBack={() => {
              book.reset();
              setStep('slot');
            }}
            onSubmit={(p) => book.mutate(p)}
          />
        </>
      )}
    </section>
  );
}
