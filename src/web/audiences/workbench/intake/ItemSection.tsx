import { Alert, Button, Card, Collapse, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantLookup, ChecklistEntryInput } from '../../../../contract/case.ts';
import { materialsForAnswers, type SituationAnswers } from '../../../../domain/catalog/index.ts';
import { ChecklistEditor, initialEntry, type ChecklistMaterial } from '../../../features/case/index.ts';
import { SchemaForm, type JsonSchema } from '../../../features/forms/index.ts';
import { AddedConditions, SituationPicker } from '../../../features/situations/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useItemGuide } from './api.ts';

/** One item of the application as the clerk fills it in. */
export interface IntakeItemDraft {
  itemId: string;
  name: string;
  /** The checklist's materials as the 情形 answers tailor them (removed ones are not listed). */
  materials: ChecklistMaterial[];
  checklist: ChecklistEntryInput[];
  /** 情形 answers (question id → option id); the server tailors the case's checklist the same way. */
  situationAnswers: SituationAnswers;
  /** The item's own form; undefined until saved (or when the item has none). */
  formData?: Record<string, unknown>;
  hasForm: boolean;
  /** Scans taken before the case exists; uploaded right after the application is created. */
  scans: Record<string, Blob[]>;
  ready: boolean;
}

/**
 * Every required material received (or reused): 收件并受理 is offered only then (decision 0054);
 * the server's 受理 check stays the rule, this only hides a button that would be refused.
 */
export function materialsComplete(d: IntakeItemDraft): boolean {
  const status = new Map(d.checklist.map((e) => [e.materialId, e.status]));
  return d.ready && d.materials.filter((m) => m.required).every((m) => ['received', 'reused'].includes(status.get(m.id) ?? 'missing'));
}

interface Props {
  draft: IntakeItemDraft;
  reusable: ApplicantLookup['reusable'];
  onChange: (patch: Partial<IntakeItemDraft>) => void;
  onRemove: () => void;
}

export function ItemSection({ draft, reusable, onChange, onRemove }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.intake' });
  const guide = useItemGuide(draft.itemId);
  const g = guide.data;
  useEffect(() => {
    if (!g || draft.ready) return;
    const materials = g.materials.map((m) => ({ id: m.id, name: m.name, required: m.required, waivable: m.waivable, originals: m.originals, copies: m.copies }));
    const hasForm = !!g.formSchema && (g.formSchema as JsonSchema).type === 'object';
    onChange({ materials, checklist: materials.map(initialEntry), situationAnswers: {}, hasForm, ready: true });
  }, [g, draft.ready, onChange]);

  const tailor = (answers: SituationAnswers) => materialsForAnswers({ situations: g?.situations ?? [], materials: g?.materials ?? [], acceptanceConditions: '' }, answers);
  // A new answer re-tailors the list; lines already recorded keep what the clerk entered.
  const answer = (situationAnswers: SituationAnswers) => {
    const materials = tailor(situationAnswers).materials.map((m) => ({ id: m.id, name: m.name, required: m.required, waivable: m.waivable, originals: m.originals, copies: m.copies }));
    const kept = new Map(draft.checklist.map((e) => [e.materialId, e]));
    onChange({ situationAnswers, materials, checklist: materials.map((m) => kept.get(m.id) ?? initialEntry(m)) });
  };
  const tailored = g && draft.ready ? tailor(draft.situationAnswers) : undefined;

  const scanCounts = Object.fromEntries(Object.entries(draft.scans).map(([k, v]) => [k, v.length]));
  return (
    <Card
      size="small"
      title={
        <>
          {draft.name} {g && <Typography.Text type="secondary">{g.basicCode}</Typography.Text>}
        </>
      }
      extra={
        <Button size="small" danger onClick={onRemove}>
          {t('remove')}
        </Button>
      }
      data-testid={`intake-item-${draft.itemId}`}
    >
      {guide.isPending && <Spin />}
      {guide.error && <ErrorAlert error={guide.error} />}
      {g && draft.ready && (
        <>
          <Collapse
            size="small"
            style={{ marginBottom: 12 }}
            items={[
              {
                key: 'form',
                label: (
                  <>
                    {t('itemForm')}{' '}
                    {draft.hasForm ? <Tag color={draft.formData ? 'green' : 'orange'}>{draft.formData ? t('formSaved') : t('formUnsaved')}</Tag> : <Tag>{t('noForm')}</Tag>}
                  </>
                ),
                children: draft.hasForm ? (
                  <SchemaForm schema={g.formSchema as JsonSchema} submitText={t('saveForm')} onFinish={(formData) => onChange({ formData })} />
                ) : (
                  <Alert type="info" title={t('noForm')} />
                ),
              },
            ]}
          />
          <SituationPicker situations={g.situations} answers={draft.situationAnswers} onChange={answer} testId={`intake-situation-${draft.itemId}`} />
          <Typography.Title level={5}>{t('checklist')}</Typography.Title>
          {tailored && tailored.dropped.length > 0 && (
            <Typography.Paragraph type="secondary" data-testid={`intake-dropped-${draft.itemId}`}>
              {t('notNeeded', { names: tailored.dropped.map((d) => d.material.name).join('、') })}
            </Typography.Paragraph>
          )}
          <ChecklistEditor
            materials={draft.materials}
            value={draft.checklist}
            onChange={(checklist) => onChange({ checklist })}
            reusable={reusable}
            scanCounts={scanCounts}
            onScan={(materialId, file) => onChange({ scans: { ...draft.scans, [materialId]: [...(draft.scans[materialId] ?? []), file] } })}
            testId={`checklist-${draft.itemId}`}
          />
          {tailored && <AddedConditions conditions={tailored.conditions} />}
        </>
      )}
    </Card>
  );
}
