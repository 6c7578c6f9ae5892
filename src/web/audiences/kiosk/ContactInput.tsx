import { useTranslation } from 'react-i18next';
import { isMobile, validateIdCard } from '../../../domain/identifiers/index.ts';
import { Keypad } from './Keypad.tsx';
import { kioskColors } from './KioskLayout.tsx';

export type ContactKind = 'none' | 'phone' | 'idCard';
export interface Contact {
  kind: ContactKind;
  value: string;
}

const lengthOf = { none: 0, phone: 11, idCard: 18 } as const;

/** Undefined when the contact may be sent: nothing, a valid mobile, or a valid ID number (checked as the server does). */
export function contactProblem(c: Contact): 'phoneInvalid' | 'idCardInvalid' | undefined {
  if (c.kind === 'phone') return isMobile(c.value) ? undefined : 'phoneInvalid';
  if (c.kind === 'idCard') return validateIdCard(c.value).ok ? undefined : 'idCardInvalid';
  return undefined;
}

/** Optional mobile or ID number, typed on the on-screen pad; wrong numbers are said before the visitor presses 取号. */
export function ContactInput({
  contact,
  onChange,
  showProblem,
}: {
  contact: Contact;
  onChange: (c: Contact) => void;
  showProblem: boolean;
}) {
  const { t } = useTranslation();
  // Said once the number is complete, or when the visitor presses 取号 with half a number.
  const problem = showProblem || contact.value.length >= lengthOf[contact.kind] ? contactProblem(contact) : undefined;
  const tab = (kind: ContactKind, label: string) => (
    <button
      type="button"
      onClick={() => onChange({ kind, value: '' })}
      aria-pressed={contact.kind === kind}
      data-testid={`contact-${kind}`}
      style={{
        flex: 1,
        height: 88,
        fontSize: 34,
        borderRadius: 16,
        border: `3px solid ${contact.kind === kind ? kioskColors.brand : kioskColors.line}`,
        background: contact.kind === kind ? '#fff1f0' : '#fff',
        color: contact.kind === kind ? kioskColors.brand : kioskColors.ink,
        fontWeight: contact.kind === kind ? 700 : 400,
      }}
    >
      {label}
    </button>
  );
  return (
    <section>
      <h3 style={{ fontSize: 38, margin: '0 0 8px' }}>{t('kiosk.contactTitle')}</h3>
      <p style={{ fontSize: 26, margin: '0 0 20px', color: kioskColors.soft }}>{t('kiosk.contactHint')}</p>
      <div style={{ display: 'flex', gap: 16, marginBottom: 20 }}>
        {tab('none', t('kiosk.none'))}
        {tab('phone', t('kiosk.phone'))}
        {tab('idCard', t('kiosk.idCard'))}
      </div>
      {contact.kind !== 'none' && (
        <>
          <div
            data-testid="contact-value"
            style={{
              height: 100,
              fontSize: 52,
              letterSpacing: 4,
              fontVariantNumeric: 'tabular-nums',
              background: '#fff',
              border: `3px solid ${problem ? '#cf1322' : kioskColors.line}`,
              borderRadius: 16,
              padding: '0 28px',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              marginBottom: 12,
            }}
          >
            <span>{contact.value || '\u00a0'}</span>
            <button
              type="button"
              onClick={() => onChange({ ...contact, value: '' })}
              style={{ fontSize: 28, border: 'none', background: 'none', color: kioskColors.soft }}
            >
              {t('kiosk.clear')}
            </button>
          </div>
          <p role="alert" style={{ minHeight: 40, fontSize: 28, margin: '0 0 12px', color: '#cf1322' }}>
            {problem ? t(`kiosk.${problem}`) : ''}
          </p>
          <Keypad
            value={contact.value}
            onChange={(value) => onChange({ ...contact, value })}
            maxLength={lengthOf[contact.kind]}
            allowX={contact.kind === 'idCard'}
          />
        </>
      )}
    </section>
  );
}
