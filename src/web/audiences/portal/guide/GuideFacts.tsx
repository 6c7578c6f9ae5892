import { useTranslation } from 'react-i18next';
import { caseTypes, exerciseLevels, handlingScopes, itemTypes, serviceObjects, specialProcedureKinds } from '../../../../domain/catalog/code-tables.ts';
import type { PortalGuide } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { KeyValues } from './KeyValues.tsx';
import { Section } from './Section.tsx';

type Props = { guide: PortalGuide };

export function Conditions({ guide }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="conditions">
      <p className="ow-pre">{guide.acceptanceConditions || t('portal.guide.none')}</p>
    </Section>
  );
}

/** Legal and promised limits with their units and notes, and the special procedures that pause them. */
export function Limits({ guide }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const withNote = (l: PortalGuide['legalLimit']) => (l ? `${f.limit(l)}${l.note ? `（${l.note}）` : ''}` : '—');
  return (
    <Section id="limits">
      <KeyValues
        rows={[
          [t('portal.guide.limits.promised'), <strong key="p">{withNote(guide.promisedLimit)}</strong>],
          [t('portal.guide.limits.legal'), withNote(guide.legalLimit)],
          ...guide.specialProcedures.map((p, i): [string, string] => [
            `${t('portal.guide.limits.special')}${guide.specialProcedures.length > 1 ? ` ${i + 1}` : ''}`,
            `${p.name}（${f.label(specialProcedureKinds, p.kind)}）${p.limit ? `：${f.limit(p.limit)}` : ''}${p.note ? `。${p.note}` : ''}`,
          ]),
        ]}
      />
    </Section>
  );
}

/** Fees in yuan (stored as fen), or 不收费. */
export function Fees({ guide }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Section id="fees">
      {!guide.fee.charged ? (
        <p>{t('portal.guide.fee.free')}</p>
      ) : (
        <div className="ow-stack">
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {guide.fee.items.map((i) => (
              <li key={i.name}>{f.fee(i)}</li>
            ))}
          </ul>
          {guide.fee.basis && <KeyValues rows={[[t('portal.guide.fee.basis'), guide.fee.basis]]} />}
        </div>
      )}
    </Section>
  );
}

export function BasicInfo({ guide }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Section id="basic">
      <KeyValues
        rows={[
          [t('portal.guide.basic.itemType'), f.label(itemTypes, guide.itemType)],
          [t('portal.guide.facts.caseType'), f.label(caseTypes, guide.caseType)],
          [t('portal.guide.basic.implementingBody'), guide.implementingBody],
          [t('portal.guide.basic.undertaking'), guide.undertakingBody],
          [t('portal.guide.basic.joint'), guide.jointDepartments.map((d) => d.name).join('、')],
          [t('portal.guide.basic.level'), f.label(exerciseLevels, guide.exerciseLevel)],
          [t('portal.guide.basic.objects'), guide.serviceObjects.map((o) => f.label(serviceObjects, o)).join(f.lang === 'zh' ? '、' : ', ')],
          [t('portal.guide.basic.scope'), f.label(handlingScopes, guide.scope)],
          [t('portal.guide.basic.quantity'), guide.quantityLimit],
          [t('portal.guide.basic.result'), guide.resultName],
          [t('portal.guide.basic.resultSample'), guide.resultSample],
          [t('portal.guide.basic.legalBasis'), guide.legalBasis],
        ]}
      />
    </Section>
  );
}

export function Intermediaries({ guide }: Props) {
  const { t } = useTranslation();
  if (!guide.intermediaryServices.length) return null;
  return (
    <Section id="intermediary">
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {guide.intermediaryServices.map((s) => (
          <li key={s.name}>
            {s.name}（{s.required ? t('portal.guide.intermediary.required') : t('portal.guide.intermediary.optional')}）
            {s.basis && <div className="ow-small ow-muted">{s.basis}</div>}
          </li>
        ))}
      </ul>
    </Section>
  );
}
