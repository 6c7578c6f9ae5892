import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMobile, validateIdCard } from '../../../domain/identifiers/index.ts';
import { ApiError } from '../../api/client.ts';
import { checkInAppointment, parseScan, type CheckInBody, type CheckInResult } from './checkIn.ts';
import { Keypad } from './Keypad.tsx';
import { KioskButton, kioskColors } from './KioskLayout.tsx';

type Way = 'scan' | 'idCard' | 'phone';
const lengthOf = { idCard: 18, phone: 11 } as const;

interface Props {
  centerId: string;
  onTicket: (r: CheckInResult) => void;
  onOrdinary: () => void;
  onBack: () => void;
}

/** The problem with a check-in, in large friendly words; `late` offers an ordinary ticket instead. */
function useProblem(error: unknown): { text: string; late: boolean } | undefined {
  const { t } = useTranslation();
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return { text: t('kiosk.loadFailed'), late: false };
  const from = (error.body.details as { from?: string } | undefined)?.from;
  switch (error.body.code) {
    case 'APPOINTMENT_CHECK_IN_TOO_EARLY':
      return { text: from ? t('kiosk.checkIn.tooEarly', { from }) : t('kiosk.checkIn.tooEarlyNoTime'), late: false };
    case 'APPOINTMENT_CHECK_IN_TOO_LATE':
      return { text: t('kiosk.checkIn.tooLate'), late: true };
    case 'APPOINTMENT_NOT_FOUND_TODAY':
    case 'NOT_FOUND':
      return { text: t('kiosk.checkIn.notFound'), late: false };
    default:
      return { text: t('kiosk.checkIn.failed', { message: error.body.message }), late: false };
  }
}

/**
 * 预约签到: scan the booking's QR code (a scanner types into a hidden-in-plain-sight input and
 * presses Enter), or type the ID or mobile number on the pad. A success hands over the ticket.
 */
export function CheckInScreen({ centerId, onTicket, onOrdinary, onBack }: Props) {
  const { t } = useTranslation();
  const [way, setWay] = useState<Way>('scan');
  const [value, setValue] = useState('');
  const [scanned, setScanned] = useState('');
  const scanRef = useRef<HTMLInputElement>(null);
  const checkIn = useMutation({ mutationFn: (b: CheckInBody) => checkInAppointment(centerId, b), onSuccess: onTicket });
  const problem = useProblem(checkIn.error);

  // A scanner is a keyboard: keep the scan field focused so whatever it types lands there.
  useEffect(() => {
    if (way !== 'scan') return;
    const el = scanRef.current;
    el?.focus();
    const refocus = window.setInterval(() => document.activeElement !== el && el?.focus(), 500);
    return () => window.clearInterval(refocus);
  }, [way]);

  const valid = way === 'idCard' ? validateIdCard(value).ok : way === 'phone' ? isMobile(value) : false;
  const submitTyped = () => {
    if (!valid || checkIn.isPending) return;
    checkIn.mutate(way === 'idCard' ? { idCard: value } : { phone: value });
  };
  const submitScan = () => {
    const body = parseScan(scanned);
    setScanned('');
    if (body && !checkIn.isPending) checkIn.mutate(body);
  };
  const tab = (w: Way, label: string) => (
    <button
      type="button"
      aria-pressed={way === w}
      onClick={() => {
        setWay(w);
        setValue('');
        checkIn.reset();
      }}
      data-testid={`checkin-${w}`}
      style={{
        flex: 1,
        height: 100,
        fontSize: 38,
        borderRadius: 18,
        border: `3px solid ${way === w ? kioskColors.brand : kioskColors.line}`,
        background: way === w ? '#fff1f0' : '#fff',
        color: way === w ? kioskColors.brand : kioskColors.ink,
        fontWeight: way === w ? 700 : 400,
      }}
    >
      {label}
    </button>
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 32, flex: 1 }}>
      <h2 style={{ fontSize: 56, margin: 0, textAlign: 'center' }}>{t('kiosk.checkIn.title')}</h2>
      <div style={{ display: 'flex', gap: 20 }}>
        {tab('scan', t('kiosk.checkIn.scan'))}
        {tab('idCard', t('kiosk.checkIn.idCard'))}
        {tab('phone', t('kiosk.checkIn.phone'))}
      </div>
      {way === 'scan' ? (
        <section
          style={{
            background: '#fff',
            border: `3px dashed ${kioskColors.line}`,
            borderRadius: 24,
            padding: '48px 32px',
            textAlign: 'center',
          }}
        >
          <p style={{ fontSize: 40, margin: '0 0 24px', fontWeight: 600 }}>{t('kiosk.checkIn.scanHint')}</p>
          <input
            ref={scanRef}
            value={scanned}
            onChange={(e) => setScanned(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && submitScan()}
            inputMode="none"
            autoComplete="off"
            aria-label={t('kiosk.checkIn.scan')}
            placeholder={t('kiosk.checkIn.scanWaiting')}
            data-testid="checkin-scan-input"
            style={{
              width: '100%',
              fontSize: 30,
              padding: '16px 20px',
              border: `2px solid ${kioskColors.line}`,
              borderRadius: 12,
              textAlign: 'center',
              boxSizing: 'border-box',
            }}
          />
        </section>
      ) : (
        <section>
          <p style={{ fontSize: 32, margin: '0 0 16px', color: kioskColors.soft }}>
            {t(way === 'idCard' ? 'kiosk.checkIn.idCardHint' : 'kiosk.checkIn.phoneHint')}
          </p>
          <div
            data-testid="checkin-value"
            style={{
              height: 110,
              fontSize: 56,
              letterSpacing: 4,
              background: '#fff',
              border: `3px solid ${kioskColors.line}`,
              borderRadius: 16,
              padding: '0 28px',
              display: 'flex',
              alignItems: 'center',
              marginBottom: 20,
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {value || '\u00a0'}
          </div>
          <Keypad
            value={value}
            onChange={(v) => {
              setValue(v);
              checkIn.reset();
            }}
            maxLength={lengthOf[way]}
            allowX={way === 'idCard'}
          />
        </section>
      )}
      {problem && (
        <div
          role="alert"
          data-testid="checkin-error"
          style={{
            fontSize: 40,
            lineHeight: 1.45,
            fontWeight: 600,
            color: '#ad2102',
            background: '#fff2e8',
            border: '3px solid #ffbb96',
            borderRadius: 20,
            padding: '28px 32px',
            textAlign: 'center',
          }}
        >
          {problem.text}
          {problem.late && (
            <KioskButton primary onClick={onOrdinary} style={{ display: 'block', margin: '24px auto 0' }} data-testid="checkin-ordinary">
              {t('kiosk.checkIn.ordinary')}
            </KioskButton>
          )}
        </div>
      )}
      <div style={{ flex: 1 }} />
      <div style={{ display: 'grid', gridTemplateColumns: way === 'scan' ? '1fr' : '1fr 2fr', gap: 24 }}>
        <KioskButton onClick={onBack}>{t('kiosk.checkIn.back')}</KioskButton>
        {way !== 'scan' && (
          <KioskButton primary disabled={!valid || checkIn.isPending} onClick={submitTyped} data-testid="checkin-submit">
            {checkIn.isPending ? t('kiosk.checkIn.submitting') : t('kiosk.checkIn.submit')}
          </KioskButton>
        )}
      </div>
    </div>
  );
}
