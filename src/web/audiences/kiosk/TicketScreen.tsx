import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode, type PublicTicket } from '../../features/hall/index.ts';
import { KioskButton, kioskColors } from './KioskLayout.tsx';
import type { KioskSettings } from './settings.ts';
import { waitText } from './waitText.ts';

const RETURN_AFTER_S = 20;

/** Where the visitor's phone follows the ticket: a page of this app, on the address the kiosk was opened with. */
export function ticketLink(t: PublicTicket): string {
  return `${window.location.origin}/kiosk/ticket/${t.centerId}/${t.id}`;
}

/**
 * Step three: the number, big; people ahead and the wait; a QR code for the phone. Printed
 * at once (a kiosk runs Chromium with --kiosk-printing, so no dialog), then back to the start.
 */
export function TicketScreen({ ticket, settings, onDone }: { ticket: PublicTicket; settings: KioskSettings; onDone: () => void }) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(RETURN_AFTER_S);
  const link = ticketLink(ticket);
  const priority = t(`kiosk.priority.${ticket.priority}`);

  useEffect(() => {
    // Give the QR picture a moment to decode so it is on the paper.
    const print = settings.autoPrint ? window.setTimeout(() => window.print(), 400) : undefined;
    const tick = window.setInterval(() => setLeft((s) => s - 1), 1000);
    return () => {
      window.clearTimeout(print);
      window.clearInterval(tick);
    };
  }, [settings]);
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);

  const fact = (label: string, value: string, testId: string) => (
    <div
      style={{ background: '#fff', borderRadius: 20, border: `3px solid ${kioskColors.line}`, padding: '24px 28px', textAlign: 'center' }}
    >
      <div style={{ fontSize: 30, color: kioskColors.soft }}>{label}</div>
      <div style={{ fontSize: 54, fontWeight: 700 }} data-testid={testId}>
        {value}
      </div>
    </div>
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: 32, flex: 1 }}>
      <section
        style={{
          background: '#fff',
          borderRadius: 28,
          border: `4px solid ${kioskColors.brand}`,
          padding: '40px 32px',
          textAlign: 'center',
        }}
      >
        <div style={{ fontSize: 36, color: kioskColors.soft }}>{t('kiosk.yourNumber')}</div>
        <div
          style={{ fontSize: 200, fontWeight: 800, lineHeight: 1.1, color: kioskColors.brand, letterSpacing: 8 }}
          data-testid="kiosk-ticket-number"
        >
          {ticket.number}
        </div>
        <div style={{ fontSize: 48, fontWeight: 700 }}>{ticket.categoryName}</div>
        {priority && <div style={{ fontSize: 34, color: kioskColors.green, fontWeight: 600, marginTop: 8 }}>{priority}</div>}
      </section>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 24 }}>
        {fact(t('kiosk.ahead'), t('kiosk.aheadCount', { count: ticket.ahead }), 'kiosk-ahead')}
        {fact(t('kiosk.wait'), waitText(t, ticket), 'kiosk-wait')}
      </div>
      <section
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 32,
          background: '#fff',
          borderRadius: 20,
          border: `3px solid ${kioskColors.line}`,
          padding: 28,
        }}
      >
        <QrCode value={link} size={220} alt={t('kiosk.scan')} testId="kiosk-qr" />
        <div style={{ fontSize: 34, lineHeight: 1.5 }}>
          <div style={{ fontWeight: 600 }}>{t('kiosk.scan')}</div>
          <div style={{ fontSize: 28, color: kioskColors.soft, marginTop: 12 }}>{t('kiosk.watch')}</div>
        </div>
      </section>
      <div style={{ flex: 1 }} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 24 }}>
        <KioskButton onClick={() => window.print()} data-testid="kiosk-print">
          {t('kiosk.print')}
        </KioskButton>
        <KioskButton primary onClick={onDone} data-testid="kiosk-done">
          {t('kiosk.done')}
        </KioskButton>
      </div>
      <p style={{ fontSize: 30, textAlign: 'center', color: kioskColors.soft, margin: 0 }} data-testid="kiosk-returning">
        {t('kiosk.returning', { count: Math.max(0, left) })}
      </p>
    </div>
  );
}
