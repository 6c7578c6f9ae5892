// What the applicant filled in, as the review step shows it before 提交: each item's form, or a
// 一件事 bundle's shared details once and each item's own under its name (as it was asked).
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formModelOf, formValueText, useFormsText, type JsonSchema } from '../../../features/forms/index.ts';
import type { OnlineApplicationDetail } from './api.ts';
import { formSections } from './formSections.ts';
import type { Draft } from './wizard.ts';

export function FormSummary({ app, draft }: { app: OnlineApplicationDetail; draft: Draft }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const ft = useFormsText();
  const sections = formSections(app, draft).flatMap((s) => {
    const fields = s.schema ? formModelOf(s.schema as JsonSchema, ft).fields : [];
    return fields.length > 0 ? [{ ...s, fields }] : [];
  });
  const single = sections.length === 1 && sections[0]!.itemId !== null;
  return sections.map((s) => {
    const name = s.itemId === null ? t('forms.shared') : (app.itemsDetail.find((i) => i.itemId === s.itemId)?.itemName ?? '');
    return (
      <Descriptions
        key={s.key}
        column={1}
        size="small"
        bordered
        style={{ marginTop: 12 }}
        title={<h3 style={{ fontSize: 'inherit', margin: 0 }}>{single ? t('review.form') : `${t('review.form')}（${name}）`}</h3>}
        data-testid="apply-review-form"
        data-section={s.key}
      >
        {s.fields.map((f) => (
          <Descriptions.Item key={f.name} label={f.label}>
            {formValueText(s.values[f.name], ft)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    );
  });
}
