import { AutoComplete, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  hint: string;
  required: boolean;
  suggestions?: string[];
  onClose: () => void;
  onSubmit: (reason: string | undefined) => Promise<unknown>;
}

/** A reason in one field: why the window pauses (required, shown on the display) or why a ticket is parked (optional). */
export function ReasonModal({ title, hint, required, suggestions = [], onClose, onSubmit }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const [form] = Form.useForm<{ reason?: string }>();
  const [saving, setSaving] = useState(false);
  const finish = async ({ reason }: { reason?: string }) => {
    setSaving(true);
    try {
      await onSubmit(reason?.trim() || undefined);
      onClose();
    } catch {
      // The caller has shown the server's message; the dialog stays open with what was typed.
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={saving} mask={{ closable: false }}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={finish}>
        <Form.Item
          name="reason"
          label={required ? t('reason') : t('reasonOptional')}
          rules={required ? [{ required: true, whitespace: true, message: t('required') }] : []}
        >
          <AutoComplete options={suggestions.map((value) => ({ value }))} maxLength={100} autoFocus data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
