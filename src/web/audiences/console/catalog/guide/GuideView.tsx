import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bodyNatures,
  caseTypes,
  exerciseLevels,
  handlingScopes,
  itemTypes,
  serviceObjects,
  themes,
} from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';
import { useDepartmentName } from '../DepartmentSelect.tsx';
import { useLabel } from '../labels.tsx';
import type { VersionDetail } from '../types.ts';
import { ContactSection, FeeSection, LimitsSection, PlaceSection } from './GuideParts.tsx';
import { Prose, Rows } from './Rows.tsx';
import { MaterialsTable } from './MaterialsTable.tsx';
import { ProcessTable } from './ProcessTable.tsx';

const numerals = '一二三四五六七八九十';

/** 情形引导: each question with its options and what each requires (+) or removes (−). */
function SituationList({ situations }: { situations: VersionDetail['situations'] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="guide-situations">
      {situations.map((q) => (
        <li key={q.id}>
          <Typography.Text strong>{q.question}</Typography.Text>
          <ul style={{ paddingLeft: 20 }}>
            {q.options.map((o) => (
              <li key={o.id}>
                {o.label}
                {o.requires.length > 0 && <Typography.Text type="success">（+{o.requires.join('、')}）</Typography.Text>}
                {o.drops.length > 0 && <Typography.Text type="secondary">（−{o.drops.join('、')}）</Typography.Text>}
                {o.conditions && <Typography.Text type="secondary"> {o.conditions}</Typography.Text>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * 办事指南 laid out like the printed one a center hands out: numbered sections in the order
 * the county's guides use, every element of GB/T 39046 table 4.
 */
export function GuideView({ version: v, basicCode, localCode }: { version: VersionDetail; basicCode: string; localCode: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const departmentName = useDepartmentName();
  const list = (codes: string[], table: Parameters<typeof label>[0]) => codes.map((c) => label(table, c)).join('、');
  const yesNo = (b: boolean) => t(b ? 'console.catalog.guide.yes' : 'console.catalog.guide.no');
  const sections: [string, ReactNode][] = [
    [
      'basic',
      <Rows
        rows={[
          ['name', v.name],
          ['subItemName', v.subItemName ? `${v.subItemName}${v.subItemCode ? `（${v.subItemCode}）` : ''}` : null],
          ['basicCode', <code>{basicCode}</code>],
          ['localCode', localCode],
          ['implementationCode', v.implementationCode && <code>{v.implementationCode}</code>],
          ['itemType', label(itemTypes, v.itemType)],
          ['exerciseLevel', label(exerciseLevels, v.exerciseLevel)],
          ['caseType', label(caseTypes, v.caseType)],
          ['serviceObjects', list(v.serviceObjects, serviceObjects)],
          ['themes', list(v.themes, themes)],
          ['scope', label(handlingScopes, v.scope)],
          ['quantityLimit', v.quantityLimit],
          ['resultName', v.resultName],
          ['resultSample', v.resultSample],
          ['keywords', v.keywords.join('、')],
          ['commitmentEligible', yesNo(v.commitmentEligible)],
        ]}
      />,
    ],
    ['basis', <Prose text={v.legalBasis} />],
    [
      'body',
      <Rows
        rows={[
          ['implementingBody', v.implementingBody],
          ['implementingBodyUscc', v.implementingBodyUscc && <code>{v.implementingBodyUscc}</code>],
          ['implementingBodyNature', label(bodyNatures, v.implementingBodyNature)],
          ['departmentId', departmentName(v.departmentId, v.implementingBody || '—')],
          ['undertakingBody', v.undertakingBody],
          ['leadDepartmentId', v.leadDepartmentId ? departmentName(v.leadDepartmentId) : null],
          ['jointDepartments', v.jointDepartments.map((j) => j.name).join('、')],
          [
            'intermediaryServices',
            v.intermediaryServices
              .map((s) => `${s.name}${s.required ? '' : `（${t('console.catalog.guide.optional')}）`}${s.basis ? `：${s.basis}` : ''}`)
              .join('；'),
          ],
        ]}
      />,
    ],
    ['conditions', <Prose text={v.acceptanceConditions} />],
    ['materials', <MaterialsTable materials={v.materials} />],
    ...(v.situations.length ? [['situations', <SituationList situations={v.situations} />] as [string, ReactNode]] : []),
    ['process', <ProcessTable steps={v.process} />],
    ['limits', <LimitsSection version={v} />],
    ['fee', <FeeSection fee={v.fee} />],
    ['place', <PlaceSection version={v} />],
    ['contact', <ContactSection version={v} />],
  ];

  return (
    <article data-testid="guide-view" style={{ maxWidth: 1100, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
        {v.name}
        {v.subItemName ? `（${v.subItemName}）` : ''}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {t('console.catalog.guide.heading', { n: v.versionNo })}
      </Typography.Paragraph>
      {sections.map(([key, body], i) => (
        <section key={key} data-section={key} style={{ marginBottom: 24 }}>
          <Typography.Title level={5} style={{ borderLeft: '4px solid #c8102e', paddingLeft: 8 }}>
            {lang === 'zh' ? `${numerals[i]}、` : `${i + 1}. `}
            {t(`console.catalog.guide.sections.${key}`)}
          </Typography.Title>
          {body}
        </section>
      ))}
    </article>
  );
}
