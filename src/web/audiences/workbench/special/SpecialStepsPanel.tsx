import { Alert, Card, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SpecialStepsView } from '../../../../contract/special.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useSpecial } from './api.ts';
import { HearingTab } from './HearingTab.tsx';
import { InspectionTab } from './InspectionTab.tsx';
import { CollectiveTab, ExpertTab } from './RecordTabs.tsx';
import './messages.ts';

const tabOf = { inspection: 'inspection', expertReview: 'expert', hearing: 'hearing', collective: 'collective' } as const;

/** 特别程序 of a case (issue #17, decision 0036): on the step screen and on its own page for a co-signing department. */
export function SpecialStepsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const q = useSpecial(caseId);
  if (q.isPending) return <Spin />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const view = q.data;
  const label = (key: keyof typeof tabOf) => {
    const d = view.declared[key];
    return d.declared ? <Typography.Text strong>{t(`tabs.${tabOf[key]}`)} ●</Typography.Text> : t(`tabs.${tabOf[key]}`);
  };
  const declared = (Object.keys(tabOf) as (keyof typeof tabOf)[]).filter((k) => view.declared[k].declared);
  return (
    <Card size="small" title={t('title')} data-testid="special-steps">
      {!view.owner && <Alert type="info" showIcon title={t('notOwner')} style={{ marginBottom: 12 }} />}
      {declared.map((k) => (
        <Typography.Paragraph key={k} type="secondary" style={{ marginBottom: 4 }}>
          {t('declared', { names: view.declared[k].names.join('、') })}
          {view.declared[k].pausesClock ? t('declaredPause') : ''}
        </Typography.Paragraph>
      ))}
      <Tabs items={tabs(view, label)} data-testid="special-tabs" />
    </Card>
  );
}

function tabs(view: SpecialStepsView, label: (k: keyof typeof tabOf) => React.ReactNode) {
  const all = [
    { key: 'inspection', label: <span data-testid="special-tab-inspection">{label('inspection')}</span>, children: <InspectionTab view={view} /> },
    { key: 'expert', label: <span data-testid="special-tab-expert">{label('expertReview')}</span>, children: <ExpertTab view={view} /> },
    { key: 'hearing', label: <span data-testid="special-tab-hearing">{label('hearing')}</span>, children: <HearingTab view={view} /> },
    { key: 'collective', label: <span data-testid="special-tab-collective">{label('collective')}</span>, children: <CollectiveTab view={view} /> },
  ];
  // A co-signing department sees the joint inspection only.
  return view.owner ? all : all.slice(0, 1);
}
