import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { materialsForAnswers, type SituationAnswers } from '../../../../domain/catalog/index.ts';
import { AddedConditions, SituationPicker } from '../../../features/situations/index.ts';
import { useItemGuide } from '../intake/api.ts';

/**
 * The asker's 情形 for the item, and the materials the printed 一次性告知单 will list for
 * them (the PDF is tailored by the same function on the server).
 */
export function NoticeSituations({ itemId, answers, onChange }: { itemId: string; answers: SituationAnswers; onChange: (a: SituationAnswers) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.consult' });
  const guide = useItemGuide(itemId).data;
  if (!guide || guide.situations.length === 0) return null;
  const tailored = materialsForAnswers({ situations: guide.situations, materials: guide.materials, acceptanceConditions: '' }, answers);
  return (
    <Card size="small" style={{ marginBottom: 12, background: '#fafafa' }} data-testid="consult-situations">
      <SituationPicker situations={guide.situations} answers={answers} onChange={onChange} testId="consult-situation" />
      <Typography.Text type="secondary">{t('noticeMaterials')}</Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingLeft: 20 }} data-testid="consult-notice-materials">
        {tailored.materials.map((m) => (
          <li key={m.id}>
            {m.name}
            {!m.required && <Typography.Text type="secondary">（{t('optional')}）</Typography.Text>}
          </li>
        ))}
      </ol>
      <AddedConditions conditions={tailored.conditions} />
    </Card>
  );
}
