import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, HallCategory } from '../../../features/hall/index.ts';

interface Values {
  categoryId: string;
  windowId?: string;
  reason?: string;
}

interface Props {
  number: string;
  currentCategoryId: string;
  categories: HallCategory[];
  windows: Board['windows'];
  ownWindowId: string;
  onClose: () => void;
  onSubmit: (body: { categoryId?: string; windowId?: string; reason?: string }) => Promise<unknown>;
}

/** 转移: to another category's queue or to one window; the number and its place by arrival stay. */
export function TransferModal({ number, currentCategoryId, categories, windows, ownWindowId, onClose, onSubmit }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const finish = async (v: Values) => {
    setSaving(true);
    try {
      await onSubmit({ categoryId: v.categoryId, windowId: v.windowId || undefined, reason: v.reason?.trim() || undefined });
      onClose();
    } catch {
      // The server's message is shown by the caller; keep the dialog.
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('transferTitle', { number })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={saving}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('transferHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ categoryId: currentCategoryId }} onFinish={finish}>
        <Form.Item name="categoryId" label={t('toCategory')} rules={[{ required: true }]}>
          <Select options={categories.map((c) => ({ value: c.id, label: `${c.prefix} ${c.name}` }))} data-testid="transfer-category" />
        </Form.Item>
        <Form.Item name="windowId" label={t('toWindow')}>
          <Select
            allowClear
            placeholder={t('anyWindow')}
            options={windows
              .filter((w) => w.windowId !== ownWindowId)
              .map((w) => ({ value: w.windowId, label: `${w.number} · ${w.name}` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('reasonOptional')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
