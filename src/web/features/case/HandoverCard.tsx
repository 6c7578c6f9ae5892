// The case's 流转表 on its page: paper materials handed over and confirmed by a barcode scan.
import { App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../../contract/case.ts';
import { api } from '../../api/client.ts';
import { hasPermission, useMe } from '../session/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useQueryClient } from '@tanstack/react-query';

export function HandoverCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ toDepartment: string; items: string }>();
  const [adding, setAdding] = useState(false);
  const canHandOver = ['accepted', 'in_review', 'decided_approved'].includes(c.state);
  const submit = async (v: { toDepartment: string; items: string }) => {
    try {
      await api(`/cases/${c.id}/handovers`, { method: 'POST', body: v });
      form.resetFields();
      setAdding(false);
      await qc.invalidateQueries({ queryKey: ['case', c.id] });
    } catch (e) {
      void message.error(errorText(e, t('handoverAdd')));
    }
  };
  // The window of origin confirms the file and the result are back (decision 0033); a scan of the
  // case barcode at the window does the same.
  const canReceive = hasPermission(useMe().data, 'case.intake');
  const receive = async () => {
    try {
      await api('/cases/handovers/confirm', { method: 'POST', body: { caseNumber: c.number, direction: 'to_window' } });
      void message.success(t('handoverReceived'));
      await qc.invalidateQueries({ queryKey: ['case', c.id] });
    } catch (e) {
      void message.error(errorText(e, t('handoverReceive')));
    }
  };
  return (
    <Card
      title={t('handovers')}
      size="small"
      extra={
        canHandOver &&
        !adding && (
          <Button
            size="small"
            onClick={() => {
              form.setFieldsValue({ toDepartment: c.department });
              setAdding(true);
            }}
          >
            {t('handoverAdd')}
          </Button>
        )
      }
    >
      {adding && (
        <Form form={form} layout="inline" onFinish={(v) => void submit(v)} style={{ marginBottom: 12 }}>
          <Form.Item name="toDepartment" rules={[{ required: true, message: t('required') }]}>
            <Input placeholder={t('handoverTo')} />
          </Form.Item>
          <Form.Item name="items" rules={[{ required: true, message: t('required') }]}>
            <Input placeholder={t('handoverItems')} style={{ width: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('confirm')}
          </Button>
        </Form>
      )}
      {c.handovers.length === 0 ? (
        <Typography.Text type="secondary">{t('noHandovers')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={c.handovers}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space size={4} wrap data-testid={`handover-${h.direction}`}>
                    <Tag color={h.direction === 'to_window' ? 'purple' : 'cyan'}>{t(`handoverDirections.${h.direction}`)}</Tag>
                    {`${formatDateTime(h.createdAt)} ${h.fromName} → ${h.toDepartment}`}
                  </Space>
                }
                description={
                  <>
                    {h.items} ·{' '}
                    {h.confirmedAt ? (
                      t('handoverConfirmed', { name: h.confirmedByName ?? '', at: formatDateTime(h.confirmedAt) })
                    ) : (
                      <>
                        <Tag color="orange">{t('handoverPending')}</Tag>
                        {h.direction === 'to_window' && canReceive && (
                          <Button size="small" type="primary" onClick={() => void receive()} data-testid="handover-receive">
                            {t('handoverReceive')}
                          </Button>
                        )}
                      </>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
