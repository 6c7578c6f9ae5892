import { Spin } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import {
  hallKey,
  issueHallTicket,
  useHallCenters,
  useHallInfo,
  type HallCategory,
  type IssueBody,
  type PublicTicket,
} from '../../features/hall/index.ts';
import { CategoryGrid } from './CategoryGrid.tsx';
import { CheckInEntry } from './CheckInEntry.tsx';
import { CheckInScreen } from './CheckInScreen.tsx';
import { useAppointmentsEnabled } from './checkIn.ts';
import { DetailsStep } from './DetailsStep.tsx';
import { KioskLayout } from './KioskLayout.tsx';
import { PrintTicket } from './PrintTicket.tsx';
import { readKioskSettings } from './settings.ts';
import { ticketLink, TicketScreen } from './TicketScreen.tsx';
import { useIdleReturn } from './useIdleReturn.ts';

type Step =
  { step: 'choose' } | { step: 'details'; category: HallCategory } | { step: 'checkin' } | { step: 'ticket'; ticket: PublicTicket };

/** The kiosk of one hall: choose a category → green channel and contact (optional) → the ticket, printed; or check in a booking for a priority ticket. */
export function KioskApp({ centerId }: { centerId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const hall = useHallInfo(centerId);
  const centerName = useHallCenters().data?.find((c) => c.id === centerId)?.name ?? '';
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [settings] = useState(readKioskSettings);
  const appointments = useAppointmentsEnabled(centerId);
  const issue = useMutation({
    mutationFn: (body: IssueBody) => issueHallTicket(centerId, body),
    onSuccess: (ticket) => {
      setState({ step: 'ticket', ticket });
      void qc.invalidateQueries({ queryKey: hallKey(centerId) });
    },
  });
  const resetIssue = issue.reset; // stable, unlike `issue`, so the idle timer is not restarted on every render
  const restart = useCallback(() => {
    resetIssue();
    setState({ step: 'choose' });
  }, [resetIssue]);
  useIdleReturn(state.step === 'details' || state.step === 'checkin', 60, restart);

  if (hall.error instanceof ApiError && hall.error.status === 404) {
    return (
      <KioskLayout>
        <p style={{ fontSize: 36, marginTop: 80, textAlign: 'center' }}>{t('kiosk.centerNotFound')}</p>
      </KioskLayout>
    );
  }
  return (
    <>
      <KioskLayout centerName={centerName}>
        {state.step === 'choose' &&
          (hall.data?.restingToday ? (
            <div data-testid="kiosk-resting" style={{ marginTop: 120, textAlign: 'center' }}>
              <p style={{ fontSize: 48, fontWeight: 600 }}>{t('kiosk.restingToday')}</p>
              <p style={{ fontSize: 28, color: '#595959' }}>{t('kiosk.restingHint')}</p>
            </div>
          ) : hall.data ? (
            <>
              {appointments.data && <CheckInEntry onOpen={() => setState({ step: 'checkin' })} />}
              <CategoryGrid categories={hall.data.items} onPick={(category) => setState({ step: 'details', category })} />
            </>
          ) : hall.isError ? (
            <p style={{ fontSize: 36, marginTop: 80, textAlign: 'center' }}>{t('kiosk.loadFailed')}</p>
          ) : (
            <Spin size="large" style={{ marginTop: 120 }} />
          ))}
        {state.step === 'details' && (
          <DetailsStep
            category={state.category}
            greenChannels={hall.data?.greenChannels ?? []}
            busy={issue.isPending}
            error={issue.error}
            onBack={restart}
            onTake={(b) => issue.mutate(b)}
          />
        )}
        {state.step === 'checkin' && (
          <CheckInScreen
            centerId={centerId}
            onTicket={(r) => {
              setState({ step: 'ticket', ticket: r.ticket });
              void qc.invalidateQueries({ queryKey: hallKey(centerId) });
            }}
            onOrdinary={restart}
            onBack={restart}
          />
        )}
        {state.step === 'ticket' && <TicketScreen ticket={state.ticket} settings={settings} onDone={restart} />}
      </KioskLayout>
      {state.step === 'ticket' && (
        <PrintTicket
          ticket={state.ticket}
          centerName={centerName}
          link={ticketLink(state.ticket)}
          paper={settings.paper}
          footer={hall.data?.ticketFooter}
        />
      )}
    </>
  );
}
