// Live preview of the online form definition beside its JSON: what a citizen will fill in on
// the portal, with the parse error shown plainly while the JSON is being typed.
import { Alert, App, Card, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseFormDefinition, SchemaForm, useFormsText } from '../../../../features/forms/index.ts';

export function FormSchemaPreview() {
  const { t } = useTranslation();
  const formsText = useFormsText();
  const { message } = App.useApp();
  const text = Form.useWatch<string | undefined>('formSchema') ?? '';
  const parsed = parseFormDefinition(text, formsText);
  return (
    <Card size="small" title={t('console.catalog.formPreview.title')} data-testid="form-schema-preview">
      {parsed === null && <Typography.Text type="secondary">{t('console.catalog.formPreview.empty')}</Typography.Text>}
      {parsed && 'error' in parsed && <Alert type="error" showIcon title={t('console.catalog.formPreview.parseError')} description={parsed.error} data-testid="form-schema-error" />}
      {parsed && 'schema' in parsed && (
        <SchemaForm key={text} schema={parsed.schema} submitText={t('console.catalog.formPreview.submit')} onFinish={() => message.success(t('console.catalog.formPreview.passed'))} />
      )}
    </Card>
  );
}
