import { useTranslation } from 'react-i18next';
import type { PortalGuide } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { Phone } from './Phone.tsx';
import { Section } from './Section.tsx';

/** 办理流程: each step with its responsible post, phone and time allowed. */
export function Process({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!guide.process.length) return null;
  return (
    <Section id="process">
      <ol className="ow-steps">
        {guide.process.map((s, i) => (
          <li key={`${i}-${s.name}`} className="ow-step">
            <h3>{s.name}</h3>
            <dl className="ow-kv ow-small">
              <dt>{t('portal.guide.process.post')}</dt>
              <dd>{s.post}</dd>
              {s.phone && (
                <>
                  <dt>{t('portal.guide.process.phone')}</dt>
                  <dd>
                    <Phone value={s.phone} />
                  </dd>
                </>
              )}
              {s.timeAllowed && (
                <>
                  <dt>{t('portal.guide.process.time')}</dt>
                  <dd>{f.limit(s.timeAllowed)}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>
    </Section>
  );
}
