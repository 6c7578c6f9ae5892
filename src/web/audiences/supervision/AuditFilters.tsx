import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditFilter, AuditResult } from './audit-types.ts';

// Structural, so this file needs no date library of its own: the picker's values have toISOString.
type Instant = { toISOString(): string };

interface Values {
  range?: [Instant | null, Instant | null] | null;
  actor?: string;
  action?: string;
  objectType?: string;
  result?: AuditResult | '';
}

const trimmed = (v: string | undefined) => v?.trim() || undefined;

// The picker works in the browser's zone; staff browsers in China are on Beijing time, and
// the instants sent are absolute either way.
export function AuditFilters({ onSearch }: { onSearch: (f: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = (v: Values) =>
    onSearch({
      from: v.range?.[0]?.toISOString(),
      to: v.range?.[1]?.toISOString(),
      actor: trimmed(v.actor),
      action: trimmed(v.action),
      objectType: trimmed(v.objectType),
      result: v.result || undefined,
    });
  return (
    <Form<Values> form={form} layout="inline" onFinish={submit} initialValues={{ result: '' }} style={{ rowGap: 12, marginBottom: 16 }} name="audit-filter">
      <Form.Item name="range" label={t('supervision.audit.range')}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="actor" label={t('supervision.audit.actor')}>
        <Input placeholder={t('supervision.audit.actorHint')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="action" label={t('supervision.audit.action')}>
        <Input placeholder={t('supervision.audit.actionHint')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="objectType" label={t('supervision.audit.objectType')}>
        <Input placeholder={t('supervision.audit.objectTypeHint')} allowClear style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="result" label={t('supervision.audit.result')}>
        <Select
          style={{ width: 100 }}
          options={[
            { value: '', label: t('supervision.audit.any') },
            ...(['ok', 'failed', 'denied'] as const).map((r) => ({ value: r, label: t(`supervision.audit.results.${r}`) })),
          ]}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('supervision.audit.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('supervision.audit.reset')}
        </Button>
      </Space>
    </Form>
  );
}
