// Live preview of the online form definition beside its JSON: what a citizen will fill in on
// the portal, with the parse error shown plainly while the JSON is being typed.
import { Alert, App, Card, Form, Typography } from 'antd';
import { parseFormDefinition, SchemaForm } from '../../../../features/forms/index.ts';

export function FormSchemaPreview() {
  const { message } = App.useApp();
  const text = Form.useWatch<string | undefined>('formSchema') ?? '';
  const parsed = parseFormDefinition(text);
  return (
    <Card size="small" title="表单预览（网上办事大厅“在线填报”中的样子）" data-testid="form-schema-preview">
      {parsed === null && <Typography.Text type="secondary">填写左侧的表单定义（JSON Schema）后，这里显示表单。</Typography.Text>}
      {parsed && 'error' in parsed && <Alert type="error" showIcon title="表单定义无法解析" description={parsed.error} data-testid="form-schema-error" />}
      {parsed && 'schema' in parsed && (
        <SchemaForm key={text} schema={parsed.schema} submitText="试填校验" onFinish={() => message.success('试填内容通过校验')} />
      )}
    </Card>
  );
}
