// One modal for the notice actions that need input: the cashier's payment (the whole amount
// owed, by method), a waiver or a refund (amount and reason), a refund decision (a note).
import { Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeeNoticeView } from '../../../contract/fee.ts';
import { yuan, type FeeAction } from '../../../domain/fee/index.ts';
import type { FeeCommand } from './api.ts';

interface Values {
  amountYuan?: number;
  reason?: string;
  method?: 'cash' | 'card' | 'scan';
}

export function FeeActionModal({ notice, action, onCancel, onSubmit }: { notice: FeeNoticeView; action: FeeAction; onCancel: () => void; onSubmit: (c: FeeCommand) => Promise<void> }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'fee' });
  const [form] = Form.useForm<Values>();
  const fen = (v: Values) => Math.round((v.amountYuan ?? 0) * 100);
  const submit = async (v: Values) => {
    if (action === 'pay') return onSubmit({ kind: 'pay', id: notice.id, amountFen: notice.outstandingFen, method: v.method ?? 'cash' });
    if (action === 'waive') return onSubmit({ kind: 'waive', id: notice.id, amountFen: fen(v), reason: v.reason ?? '' });
    if (action === 'refund.request') return onSubmit({ kind: 'refund', id: notice.id, amountFen: fen(v), reason: v.reason ?? '' });
    return onSubmit({ kind: 'decide', id: notice.id, approve: action === 'refund.approve', ...(v.reason ? { note: v.reason } : {}) });
  };
  const max = action === 'waive' ? notice.outstandingFen : notice.paidFen - notice.refundedFen - notice.refundPendingFen;
  return (
    <Modal open title={action === 'pay' ? t('payTitle', { number: notice.number }) : `${t(`do.${action}`)}：${notice.number}`} okText={t('confirm')} cancelText={t('cancel')} onCancel={onCancel} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ method: 'cash', amountYuan: action === 'waive' ? notice.outstandingFen / 100 : undefined }}>
        {action === 'pay' && (
          <>
            <Typography.Paragraph strong data-testid="fee-pay-amount">
              {t('payConfirm', { amount: yuan(notice.outstandingFen), reference: notice.reference })}
            </Typography.Paragraph>
            <Form.Item name="method" label={t('method')}>
              <Radio.Group options={(['cash', 'card', 'scan'] as const).map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
            </Form.Item>
          </>
        )}
        {(action === 'waive' || action === 'refund.request') && (
          <>
            <Form.Item name="amountYuan" label={`${t('amountYuan')} ≤ ${yuan(max)}`} rules={[{ required: true, type: 'number', min: 0.01, max: max / 100, message: t('amountRequired') }]}>
              <InputNumber precision={2} min={0} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {(action === 'refund.approve' || action === 'refund.reject') && (
          <>
            <Typography.Paragraph>{t('refundPending', { amount: yuan(notice.refundPendingFen) })}</Typography.Paragraph>
            <Form.Item name="reason" label={t('reason')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
