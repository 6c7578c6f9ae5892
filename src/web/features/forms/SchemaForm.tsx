// A JSON Schema online form (在线表单) drawn with antd: used by the console's live preview and
// the portal's 在线填报. It validates in Chinese and hands the filled-in value to `onFinish`.
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { formValueOf, rulesOf } from './rules.ts';
import { formModelOf, type FieldSpec, type JsonSchema } from './schema.ts';

export interface SchemaFormProps {
  schema: JsonSchema;
  /** Called with the value once every field is valid. */
  onFinish?: (value: Record<string, unknown>) => void;
  submitText?: string;
  /** Something to show under the button (e.g. what happens to the value). */
  footer?: ReactNode;
}

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

function control(f: FieldSpec): ReactNode {
  const options = f.options?.map((o) => ({ value: o, label: o }));
  switch (f.widget) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={f.maxLength} showCount />;
    case 'date':
      return <DatePicker placeholder="请选择日期" style={{ width: '100%' }} />;
    case 'select':
      return <Select options={options} placeholder="请选择" allowClear />;
    case 'multiselect':
      return <Select mode="multiple" options={options} placeholder="可多选" allowClear />;
    case 'tags':
      return <Select mode="tags" placeholder="输入后按回车添加" open={false} />;
    case 'number':
    case 'integer':
      return <InputNumber min={f.minimum} max={f.maximum} precision={f.widget === 'integer' ? 0 : undefined} style={{ width: '100%' }} />;
    case 'switch':
      return <Switch checkedChildren="是" unCheckedChildren="否" />;
    default:
      return <Input maxLength={f.maxLength} />;
  }
}

export function SchemaForm({ schema, onFinish, submitText = '检查填写内容', footer }: SchemaFormProps) {
  const [form] = Form.useForm();
  const model = formModelOf(schema);
  return (
    // No <form> element of its own: the console shows it inside the guide form.
    <Form form={form} component={false} layout="vertical" onFinish={(values) => onFinish?.(formValueOf(model.fields, values))}>
      {model.title && <Typography.Title level={5}>{model.title}</Typography.Title>}
      {model.description && <Typography.Paragraph type="secondary">{model.description}</Typography.Paragraph>}
      {model.unsupported.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="以下字段无法显示"
          description={model.unsupported.map((u) => `${u.name}：${u.reason}`).join('；')}
        />
      )}
      {model.fields.length === 0 && <Typography.Paragraph type="secondary">表单中还没有字段。</Typography.Paragraph>}
      {model.fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          extra={f.description}
          required={f.required}
          rules={rulesOf(f)}
          valuePropName={f.widget === 'switch' ? 'checked' : 'value'}
          {...(f.widget === 'date' ? dateProps : {})}
        >
          {control(f)}
        </Form.Item>
      ))}
      {model.fields.length > 0 && (
        <Space orientation="vertical">
          <Button type="primary" onClick={() => form.submit()}>
            {submitText}
          </Button>
          {footer}
        </Space>
      )}
    </Form>
  );
}
