import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogProblem } from '../../../../../domain/catalog/index.ts';

/** A publish-check problem, or a validation problem of the API (which has no code). */
export type ShownProblem = Pick<CatalogProblem, 'severity' | 'message'> & { code?: string; field?: string };

/**
 * What the publish check found, in the server's own (Chinese) words: errors that block
 * publishing first, then warnings that are only recorded.
 */
export function ProblemList({ problems, testId }: { problems: readonly ShownProblem[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  // Validation messages ("数值过小") need the field's name; the check's own messages carry it.
  const fieldLabel = (p: ShownProblem) => {
    const key = `console.catalog.fields.${p.field?.split('.')[0]}`;
    return !p.code && p.field && i18n.exists(key) ? `${t(key)}：` : '';
  };
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <List
      size="small"
      bordered
      data-testid={testId}
      dataSource={sorted}
      renderItem={(p) => (
        <List.Item data-code={p.code}>
          <Typography.Text>
            <Tag color={p.severity === 'error' ? 'red' : 'gold'}>{t(`console.catalog.publish.${p.severity}`)}</Tag>
            {fieldLabel(p)}
            {p.message}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
