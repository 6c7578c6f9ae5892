import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityLabels, type GreenChannel } from '../../../domain/queue/index.ts';
import { CategoryIcon, type HallCategory, type IssueBody } from '../../features/hall/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { ContactInput, contactProblem, type Contact } from './ContactInput.tsx';
import { KioskButton, kioskColors } from './KioskLayout.tsx';

type KioskPriority = NonNullable<IssueBody['priority']>;

interface Props {
  category: HallCategory;
  /** The classes the hall offers (hall settings); none hides the whole green-channel row. */
  greenChannels: readonly GreenChannel[];
  busy: boolean;
  error: unknown;
  onBack: () => void;
  onTake: (body: IssueBody) => void;
}

/** Step two: green channel (not asked again in a green-channel category) and an optional mobile or ID number, both skippable with one touch on 取号. */
export function DetailsStep({ category, greenChannels, busy, error, onBack, onTake }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  const [priority, setPriority] = useState<KioskPriority>('normal');
  const [contact, setContact] = useState<Contact>({ kind: 'none', value: '' });
  const [checked, setChecked] = useState(false);
  const problem = contactProblem(contact);

  const take = () => {
    setChecked(true);
    if (problem) return;
    const value = contact.value.toUpperCase();
    onTake({
      categoryId: category.id,
      priority,
      phone: contact.kind === 'phone' ? value : undefined,
      idCard: contact.kind === 'idCard' ? value : undefined,
    });
  };

  const choice = (p: KioskPriority, label: string) => (
    <button
      key={p}
      type="button"
      aria-pressed={priority === p}
      onClick={() => setPriority(p)}
      data-testid={`priority-${p}`}
      style={{
        height: 96,
        fontSize: 34,
        borderRadius: 16,
        border: `3px solid ${priority === p ? kioskColors.green : kioskColors.line}`,
        background: priority === p ? '#f6ffed' : '#fff',
        color: priority === p ? kioskColors.green : kioskColors.ink,
        fontWeight: priority === p ? 700 : 400,
      }}
    >
      {label}
    </button>
  );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 36, flex: 1 }}>
      <section
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 24,
          background: '#fff',
          border: `3px solid ${kioskColors.line}`,
          borderRadius: 24,
          padding: '24px 32px',
        }}
      >
        <CategoryIcon name={category.icon} style={{ fontSize: 72, color: kioskColors.brand }} />
        <div>
          <div style={{ fontSize: 26, color: kioskColors.soft }}>{t('kiosk.details')}</div>
          <div style={{ fontSize: 48, fontWeight: 700 }} data-testid="kiosk-chosen">
            {category.name}
          </div>
        </div>
      </section>
      {category.greenChannel ? (
        // Choosing the green-channel category is the request: no second question, only what happens next.
        <section data-testid="kiosk-green-chosen">
          <h3 style={{ fontSize: 38, margin: '0 0 8px', color: kioskColors.green }}>{t('kiosk.greenChosen')}</h3>
          <p style={{ fontSize: 26, margin: 0, color: kioskColors.soft }}>{t('kiosk.priorityCheck')}</p>
        </section>
      ) : (
        greenChannels.length > 0 && (
          <section>
            <h3 style={{ fontSize: 38, margin: '0 0 8px' }}>{t('kiosk.priorityTitle')}</h3>
            <p style={{ fontSize: 26, margin: '0 0 20px', color: kioskColors.soft }}>{t('kiosk.priorityCheck')}</p>
            <div style={{ display: 'grid', gridTemplateColumns: `repeat(${greenChannels.length + 1}, 1fr)`, gap: 14 }}>
              {choice('normal', t('kiosk.priorityNone'))}
              {greenChannels.map((p) => choice(p, en ? priorityLabels[p].en : priorityLabels[p].zh))}
            </div>
          </section>
        )
      )}
      <ContactInput
        contact={contact}
        onChange={(c) => {
          setContact(c);
          setChecked(false);
        }}
        showProblem={checked}
      />
      <div style={{ flex: 1 }} />
      {!!error && (
        <p role="alert" style={{ fontSize: 32, color: '#cf1322', margin: 0, textAlign: 'center' }} data-testid="kiosk-error">
          {errorText(error, t('kiosk.loadFailed'))}
        </p>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 24 }}>
        <KioskButton onClick={onBack}>{t('kiosk.back')}</KioskButton>
        <KioskButton primary disabled={busy} onClick={take} data-testid="kiosk-take">
          {busy ? t('kiosk.taking') : t('kiosk.take')}
        </KioskButton>
      </div>
    </div>
  );
}
