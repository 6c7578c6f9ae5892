// A JSON Schema online form (在线表单) drawn with antd: used by the console's live preview and
// the portal's 在线填报. It validates in the current language and hands the filled-in value to `onFinish`.
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './messages.ts';
import type { FormsText } from './messages.ts';
import { formValueOf, rulesOf } from './rules.ts';
import { formModelOf, type FieldSpec, type JsonSchema } from './schema.ts';

export interface SchemaFormProps {
  schema: JsonSchema;
  /** Called with the value once every field is valid. */
  onFinish?: (value: Record<string, unknown>) => void;
  submitText?: string;
  /** Something to show under the button (e.g. what happens to the value). */
  footer?: ReactNode;
  /** The caller's form (to validate from its own buttons, e.g. a wizard's 下一步). */
  form?: FormInstance;
  /** Prefix of the field ids: two forms on one page must not share ids. */
  name?: string;
  /** The value to start from (a saved draft). */
  initialValues?: Record<string, unknown>;
  /** Called with the filled-in value (as `onFinish` would get it) on every change. */
  onValuesChange?: (value: Record<string, unknown>) => void;
  /** No button of its own: the caller validates. */
  hideSubmit?: boolean;
}

const dateProps = {
  getValueProps: (v?: string) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

/** The forms texts (`forms.*`) in the current language. */
export function useFormsText(): FormsText {
  const { t } = useTranslation();
  return useCallback<FormsText>((key, values) => t(`forms.${key}`, values ?? {}), [t]);
}

function control(f: FieldSpec, t: FormsText): ReactNode {
  const options = f.options?.map((o) => ({ value: o, label: o }));
  switch (f.widget) {
    case 'textarea':
      return <Input.TextArea rows={3} maxLength={f.maxLength} showCount />;
    case 'date':
      return <DatePicker placeholder={t('pickDate')} style={{ width: '100%' }} />;
    case 'select':
      return <Select options={options} placeholder={t('pick')} allowClear />;
    case 'multiselect':
      return <Select mode="multiple" options={options} placeholder={t('pickMany')} allowClear />;
    case 'tags':
      return <Select mode="tags" placeholder={t('tagsHint')} open={false} />;
    case 'number':
    case 'integer':
      return <InputNumber min={f.minimum} max={f.maximum} precision={f.widget === 'integer' ? 0 : undefined} style={{ width: '100%' }} />;
    case 'switch':
      return <Switch checkedChildren={t('yes')} unCheckedChildren={t('no')} />;
    default:
      return <Input maxLength={f.maxLength} />;
  }
}

export function SchemaForm({ schema, onFinish, submitText, footer, form: outer, name, initialValues, onValuesChange, hideSubmit }: SchemaFormProps) {
  const t = useFormsText();
  const [own] = Form.useForm();
  const form = outer ?? own;
  const model = formModelOf(schema, t);
  return (
    // No <form> element of its own: the console shows it inside the guide form.
    <Form
      form={form}
      name={name}
      component={false}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange && ((_, all: Record<string, unknown>) => onValuesChange(formValueOf(model.fields, all)))}
      onFinish={(values) => onFinish?.(formValueOf(model.fields, values))}
    >
      {model.title && <Typography.Title level={5}>{model.title}</Typography.Title>}
      {model.description && <Typography.Paragraph type="secondary">{model.description}</Typography.Paragraph>}
      {model.unsupported.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('unsupportedTitle')}
          description={model.unsupported.map((u) => t('unsupportedItem', u)).join(t('listSep'))}
        />
      )}
      {model.fields.length === 0 && <Typography.Paragraph type="secondary">{t('noFields')}</Typography.Paragraph>}
      {model.fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          extra={f.description}
          required={f.required}
          rules={rulesOf(f, t)}
          valuePropName={f.widget === 'switch' ? 'checked' : 'value'}
          {...(f.widget === 'date' ? dateProps : {})}
        >
          {control(f, t)}
        </Form.Item>
      ))}
      {model.fields.length > 0 && !hideSubmit && (
        <Space orientation="vertical">
          <Button type="primary" onClick={() => form.submit()}>
            {submitText ?? t('submit')}
          </Button>
          {footer}
        </Space>
      )}
    </Form>
  );
}
