import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerError } from './serverErrors.ts';

interface Props<V> {
  title: ReactNode;
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  successText: string;
  /** Pass one from Form.useForm when the fields watch each other (Form.useWatch). */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Which field a field-less server error belongs to (DUPLICATE → 'code'). */
  codeFields?: Record<string, string>;
  width?: number;
  children: ReactNode;
}

/**
 * A create/edit dialog. The caller mounts it only while open, so initial values are fresh each
 * time; a server refusal stays in the dialog, next to the fields, with what was typed intact.
 */
export function FormModal<V>({ title, onClose, onSubmit, successText, form: given, initialValues, codeFields, width, children }: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>(given);
  const [saving, setSaving] = useState(false);

  const finish = async (values: V) => {
    setSaving(true);
    try {
      await onSubmit(values);
      message.success(successText);
      onClose();
    } catch (err) {
      message.error(applyServerError(form, err, codeFields));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width ?? 560}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('console.common.save')}
      cancelText={t('console.common.cancel')}
      confirmLoading={saving}
      mask={{ closable: false }}
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={finish} autoComplete="off">
        {children}
      </Form>
    </Modal>
  );
}
