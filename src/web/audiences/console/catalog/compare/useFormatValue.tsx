import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bodyNatures,
  caseTypes,
  channels,
  exerciseLevels,
  handlingScopes,
  itemTypes,
  serviceObjects,
  specialProcedureKinds,
  themes,
  type Fee,
  type Faq,
  type IntermediaryService,
  type JointDepartment,
  type ProcessStep,
  type SituationQuestion,
  type SpecialProcedure,
  type TimeLimit,
} from '../../../../../domain/catalog/index.ts';
import { useDepartmentName } from '../DepartmentSelect.tsx';
import { useFormatLimit, useLabel, yuan } from '../labels.tsx';

const codeFields = {
  itemType: itemTypes,
  exerciseLevel: exerciseLevels,
  implementingBodyNature: bodyNatures,
  caseType: caseTypes,
  scope: handlingScopes,
} as const;
const codeLists = { serviceObjects, themes, channels } as const;

const lines = (items: string[]) =>
  items.length ? (
    <ol style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((s, i) => (
        <li key={i}>{s}</li>
      ))}
    </ol>
  ) : (
    '—'
  );

/** A guide element's value as people read it: labels for codes, yuan for fen, steps as a list. */
export function useFormatValue() {
  const { t } = useTranslation();
  const label = useLabel();
  const limit = useFormatLimit();
  const departmentName = useDepartmentName();
  const yesNo = (b: boolean) => t(b ? 'console.catalog.guide.yes' : 'console.catalog.guide.no');
  const withNote = (l: TimeLimit) => `${limit(l)}${l.note ? `（${l.note}）` : ''}`;

  return (field: string, value: unknown): ReactNode => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return yesNo(value);
    if (field in codeFields) return label(codeFields[field as keyof typeof codeFields], value as string);
    if (field in codeLists) return (value as string[]).map((c) => label(codeLists[field as keyof typeof codeLists], c)).join('、') || '—';
    switch (field) {
      case 'legalLimit':
      case 'promisedLimit':
        return withNote(value as TimeLimit);
      case 'departmentId':
      case 'leadDepartmentId':
        return departmentName(value as string, String(value));
      case 'keywords':
        return (value as string[]).join('、') || '—';
      case 'jointDepartments':
        return (value as JointDepartment[]).map((j) => j.name).join('、') || '—';
      case 'intermediaryServices':
        return lines((value as IntermediaryService[]).map((s) => `${s.name}${s.basis ? `：${s.basis}` : ''}`));
      case 'specialProcedures':
        return lines(
          (value as SpecialProcedure[]).map(
            (p) => `${label(specialProcedureKinds, p.kind)} ${p.name}${p.limit ? ` ${limit(p.limit)}` : ''}`,
          ),
        );
      case 'faq':
        return lines((value as Faq[]).map((f) => `${f.question} — ${f.answer}`));
      case 'process':
        return lines(
          (value as ProcessStep[]).map(
            (s) =>
              `${s.name} · ${s.post} · ${s.phone || '—'} · ${limit(s.timeAllowed)}${s.reviewRules?.length ? ` · ${t('console.catalog.compare.rules', { count: s.reviewRules.length })}` : ''}`,
          ),
        );
      case 'fee': {
        const fee = value as Fee;
        if (!fee.charged) return t('console.catalog.guide.notCharged');
        const items = fee.items.map((f) =>
          f.kind === 'fixed'
            ? `${f.name} ${yuan(f.amountFen)}`
            : `${f.name} ${t('console.catalog.guide.perUnit', { amount: yuan(f.unitFen), unit: f.unit })}`,
        );
        return lines([fee.basis, ...items].filter(Boolean));
      }
      case 'situations':
        return lines(
          (value as SituationQuestion[]).map(
            (q) => `${q.question}：${q.options.map((o) => [o.label, o.requires.length ? `+${o.requires.join('、')}` : '', o.drops.length ? `−${o.drops.join('、')}` : ''].filter(Boolean).join(' ')).join(' / ')}`,
          ),
        );
      case 'formSchema':
        return <pre style={{ margin: 0, maxHeight: 200, overflow: 'auto', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
      default:
        return typeof value === 'object' ? JSON.stringify(value) : <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
    }
  };
}
