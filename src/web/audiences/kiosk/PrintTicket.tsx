import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode, type PublicTicket } from '../../features/hall/index.ts';
import { formatDateTime } from '../../ui/format.ts';
import type { Paper } from './settings.ts';
import { waitText } from './waitText.ts';

// Printable width of the two common thermal rolls (58 mm paper prints about 48 mm, 80 mm about 72 mm).
const printable = { '58': 48, '80': 72 } as const;

interface Props {
  ticket: PublicTicket;
  centerName: string;
  link: string;
  paper: Paper;
  /** The hall's own line at the foot (hall settings); the standard reminder when empty. */
  footer?: string;
}

const MM_PER_PX = 25.4 / 96;

/** The ticket's height in mm as laid out, so the page is exactly one ticket long. */
function useHeightMm() {
  const ref = useRef<HTMLDivElement>(null);
  const [mm, setMm] = useState<number>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setMm(Math.ceil(el.getBoundingClientRect().height * MM_PER_PX) + 2);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, mm] as const;
}

/**
 * The paper ticket, shown only when printing. The roll's width comes from the kiosk's
 * setting; the page is as long as the ticket (CSS has no "auto" page length), so a roll
 * printer feeds one ticket and cuts.
 */
export function PrintTicket({ ticket, centerName, link, paper, footer }: Props) {
  const { t } = useTranslation();
  const mm = printable[paper];
  const big = paper === '58' ? 13 : 18;
  const line = { margin: '1mm 0', fontSize: paper === '58' ? '3.2mm' : '3.8mm' };
  const priority = t(`kiosk.priority.${ticket.priority}`);
  const [ref, heightMm] = useHeightMm();
  return (
    <div className="ow-print-only" data-testid="print-ticket" data-paper={paper} data-height-mm={heightMm}>
      <style>{`@page { size: ${paper}mm ${heightMm ?? 160}mm; margin: 0; }`}</style>
      <div
        ref={ref}
        style={{
          width: `${mm}mm`,
          margin: '0 auto',
          padding: '4mm 0 8mm',
          breakInside: 'avoid',
          fontFamily: 'var(--ow-font-family)', // the app's stack: a kiosk without Chinese fonts prints with Noto Sans SC
          color: '#000',
          textAlign: 'center',
        }}
      >
        <div style={{ ...line, fontWeight: 700 }}>{centerName}</div>
        <div style={line}>{t('kiosk.yourNumber')}</div>
        <div style={{ fontSize: `${big}mm`, fontWeight: 800, lineHeight: 1.1, letterSpacing: '0.5mm' }}>{ticket.number}</div>
        <div style={{ ...line, fontWeight: 700 }}>{ticket.categoryName}</div>
        {priority && <div style={{ ...line, border: '0.3mm solid #000', display: 'inline-block', padding: '0 2mm' }}>{priority}</div>}
        <div style={{ borderTop: '0.3mm dashed #000', margin: '2mm 0' }} />
        <div style={{ ...line, textAlign: 'left' }}>
          {t('kiosk.ahead')}: {t('kiosk.aheadCount', { count: ticket.ahead })}
        </div>
        <div style={{ ...line, textAlign: 'left' }}>
          {t('kiosk.wait')}: {waitText(t, ticket)}
        </div>
        <div style={{ ...line, textAlign: 'left' }}>
          {t('kiosk.issuedAt')}: {formatDateTime(ticket.createdAt)}
        </div>
        <div style={{ display: 'flex', justifyContent: 'center', margin: '2mm 0' }}>
          <QrCode value={link} size={paper === '58' ? 110 : 140} alt={t('kiosk.scan')} />
        </div>
        <div style={line}>{t('kiosk.scan')}</div>
        <div style={{ ...line, marginTop: '2mm' }}>
          <span data-testid="print-footer">{footer?.trim() || t('kiosk.watch')}</span>
        </div>
      </div>
    </div>
  );
}
