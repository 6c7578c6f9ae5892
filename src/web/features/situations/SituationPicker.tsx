import { Button, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SituationAnswers, SituationQuestion } from '../../../domain/catalog/index.ts';
import './messages.ts';

export interface SituationPickerProps {
  situations: readonly SituationQuestion[];
  answers: SituationAnswers;
  onChange: (answers: SituationAnswers) => void;
  /** Prefix of the test ids (several pickers may share a page: one per item at intake). */
  testId?: string;
  disabled?: boolean;
}

/**
 * 情形引导: one question per block with its options stacked (they wrap on a 360-pixel phone);
 * the caller tailors its list with `materialsForAnswers`, the same function the server runs.
 */
export function SituationPicker({ situations, answers, onChange, testId = 'situation', disabled }: SituationPickerProps) {
  const { t } = useTranslation();
  if (situations.length === 0) return null;
  const answeredAny = Object.keys(answers).length > 0;
  return (
    <section className="ow-situations" aria-label={t('situations.title')} data-testid={testId} style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('situations.title')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('situations.hint')}
      </Typography.Paragraph>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {situations.map((q) => (
          <div key={q.id} role="group" aria-labelledby={`${testId}-${q.id}-label`}>
            <div id={`${testId}-${q.id}-label`} style={{ marginBottom: 4 }}>
              {q.question}
            </div>
            <Radio.Group
              value={answers[q.id]}
              disabled={disabled}
              onChange={(e) => onChange({ ...answers, [q.id]: e.target.value as string })}
              data-testid={`${testId}-${q.id}`}
            >
              <Space wrap>
                {q.options.map((o) => (
                  <Radio key={o.id} value={o.id} data-testid={`${testId}-${q.id}-${o.id}`}>
                    {o.label}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </div>
        ))}
        {answeredAny && !disabled && (
          <Button size="small" onClick={() => onChange({})} data-testid={`${testId}-clear`}>
            {t('situations.clear')}
          </Button>
        )}
      </Space>
    </section>
  );
}

/** The options' added 受理条件, under the list they tailor. */
export function AddedConditions({ conditions }: { conditions: readonly string[] }) {
  const { t } = useTranslation();
  if (conditions.length === 0) return null;
  return (
    <div data-testid="situation-conditions" style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{t('situations.addedConditions')}：</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {conditions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}
