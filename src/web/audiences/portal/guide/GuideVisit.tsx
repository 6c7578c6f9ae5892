import { useTranslation } from 'react-i18next';
import { channels } from '../../../../domain/catalog/code-tables.ts';
import { useItemHours, type PortalGuide } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { KeyValues } from './KeyValues.tsx';
import { Phone } from './Phone.tsx';
import { Section } from './Section.tsx';

type Props = { guide: PortalGuide };

export function WhereAndWhen({ guide }: Props) {
  const { t, i18n } = useTranslation();
  // The hall's hours (the item's ticket category, else the center's), the same the booking
  // slots are cut from; the guide's own text only where the hall names none.
  const hall = useItemHours(guide.centerId, guide.itemId).data?.hours;
  const spans = hall?.split(',').join(i18n.language?.startsWith('en') ? ', ' : '、');
  const hours = spans ? t('portal.guide.where.hallHours', { hours: spans }) : guide.hours || '—';
  return (
    <Section id="where">
      <KeyValues
        rows={[
          [t('portal.guide.where.address'), guide.address || '—'],
          [t('portal.guide.where.hours'), <span key="h" data-testid="guide-hours">{hours}</span>],
        ]}
      />
    </Section>
  );
}

export function Contact({ guide }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="contact">
      <KeyValues
        rows={[
          [t('portal.guide.contact.consult'), <Phone key="c" value={guide.consultPhone} />],
          [t('portal.guide.contact.complaint'), <Phone key="m" value={guide.complaintPhone} />],
        ]}
      />
    </Section>
  );
}

/** Which ways lead to the result, and the online extras (appointment, payment, delivery). */
export function Channels({ guide }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const yes = (b: boolean) => (b ? t('portal.guide.channels.yes') : t('portal.guide.channels.no'));
  const onlineUrl = /^https?:\/\//i.test(guide.onlineUrl) ? guide.onlineUrl : '';
  return (
    <Section id="channels">
      <div className="ow-row" style={{ marginBottom: 10 }}>
        {guide.channels.map((c) => (
          <span key={c} className="ow-badge ow-badge--online">
            {f.label(channels, c)}
          </span>
        ))}
      </div>
      <KeyValues
        rows={[
          [
            t('portal.guide.channels.online'),
            guide.online ? (
              <>
                {t('portal.guide.channels.onlineYes')}
                {onlineUrl && (
                  <>
                    {' · '}
                    <a href={onlineUrl} target="_blank" rel="noreferrer" style={{ textDecoration: 'underline' }}>
                      {t('portal.guide.channels.openOnline')}
                    </a>
                  </>
                )}
              </>
            ) : (
              t('portal.guide.channels.onlineNo')
            ),
          ],
          [t('portal.guide.channels.appointment'), yes(guide.appointment)],
          [t('portal.guide.channels.onlinePayment'), yes(guide.onlinePayment)],
          [t('portal.guide.channels.express'), yes(guide.express)],
        ]}
      />
    </Section>
  );
}

export function Faq({ guide }: Props) {
  if (!guide.faq.length) return null;
  return (
    <Section id="faq">
      <dl className="ow-faq" style={{ margin: 0 }}>
        {guide.faq.map((q) => (
          <div key={q.question}>
            <dt>{q.question}</dt>
            <dd>{q.answer}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
