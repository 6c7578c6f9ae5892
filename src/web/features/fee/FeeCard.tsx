// The case page's fee card: the pinned version's published rule, the notices issued under it
// (pay, waive, refund by permission) and the form that issues one. Lines are chosen from the
// rule; the server computes every amount.
import { Alert, App, Button, Card, Checkbox, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lineAmountFen, yuan } from '../../../domain/fee/index.ts';
import { hasPermission, useMe } from '../session/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { useCaseFees, useIssueFee } from './api.ts';
import { FeeNoticeTable } from './FeeNoticeTable.tsx';

type Pick = Record<string, { on?: boolean; quantity?: number }>;

export function FeeCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'fee' });
  const { message } = App.useApp();
  const me = useMe().data;
  const fees = useCaseFees(caseId);
  const issue = useIssueFee(caseId);
  const [issuing, setIssuing] = useState(false);
  const [form] = Form.useForm<{ pick: Pick }>();
  const picked = Form.useWatch('pick', form) ?? {};
  if (!fees.data) return null;
  const { rule, notices, feeDue } = fees.data;
  const total = rule.items.reduce((s, it) => (picked[it.name]?.on ? s + lineAmountFen(it, picked[it.name]?.quantity ?? 1) : s), 0);
  const canIssue = rule.charged && rule.items.length > 0 && !feeDue && hasPermission(me, 'fee.charge');
  const submit = async ({ pick }: { pick: Pick }) => {
    const lines = rule.items.filter((it) => pick?.[it.name]?.on).map((it) => ({ item: it.name, quantity: pick[it.name]?.quantity ?? 1 }));
    if (!lines.length) return void message.warning(t('pickItems'));
    try {
      const n = await issue.mutateAsync(lines);
      setIssuing(false);
      form.resetFields();
      void message.success(t('issued', { number: n.number }));
    } catch (e) {
      void message.error(errorText(e, t('issue')));
    }
  };
  return (
    <Card
      title={t('card')}
      size="small"
      data-testid="fee-card"
      extra={
        canIssue && (
          <Button size="small" onClick={() => setIssuing(true)} data-testid="fee-issue">
            {t('issue')}
          </Button>
        )
      }
    >
      {!rule.charged ? (
        <Typography.Text type="secondary">{t('notCharged')}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {feeDue && <Alert type="warning" showIcon title={t('feeDue')} data-testid="fee-due" />}
          <Typography.Text type="secondary">
            {t('rule')}：{rule.items.map((it) => `${it.name} ${it.kind === 'fixed' ? yuan(it.amountFen) : `${yuan(it.unitFen)}/${it.unit}`}`).join('；')}
            {rule.basis ? `（${t('basis')}：${rule.basis}）` : ''}
          </Typography.Text>
          <FeeNoticeTable notices={notices} />
        </Space>
      )}
      <Modal open={issuing} title={t('issueTitle')} okText={t('confirm')} cancelText={t('cancel')} onCancel={() => setIssuing(false)} onOk={() => form.submit()} confirmLoading={issue.isPending} destroyOnHidden>
        <Form form={form} onFinish={(v) => void submit(v)}>
          {rule.items.map((it) => (
            <Space key={it.name} style={{ display: 'flex', marginBottom: 8 }} align="baseline">
              <Form.Item name={['pick', it.name, 'on']} valuePropName="checked" noStyle>
                <Checkbox data-testid="fee-item">{`${it.name}（${it.kind === 'fixed' ? yuan(it.amountFen) : `${yuan(it.unitFen)}/${it.unit}`}）`}</Checkbox>
              </Form.Item>
              <Form.Item name={['pick', it.name, 'quantity']} initialValue={1} noStyle>
                <InputNumber min={1} max={9999} precision={0} size="small" addonBefore={t('quantity')} />
              </Form.Item>
            </Space>
          ))}
          <Typography.Text strong data-testid="fee-issue-total">{`${t('amount')}：${yuan(total)}`}</Typography.Text>
        </Form>
      </Modal>
    </Card>
  );
}
