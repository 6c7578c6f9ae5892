// Payment notices with their amounts, status and the buttons the reader may use now (the
// server's allowedActions), shared by the case page's fee card and the cashier's workbench.
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeNoticeView } from '../../../contract/fee.ts';
import { yuan, type FeeAction } from '../../../domain/fee/index.ts';
import { hasPermission, useMe } from '../session/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { feeNoticePdfUrl, feeReceiptPdfUrl, useFeeCommand, type FeeCommand } from './api.ts';
import { FeeActionModal } from './FeeActionModal.tsx';

const statusColor = { due: 'orange', paid: 'green', waived: 'blue', refunded: 'default' } as const;

export function FeeNoticeTable({ notices, showCase = false }: { notices: readonly FeeNoticeView[]; showCase?: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'fee' });
  const { message } = App.useApp();
  const me = useMe().data;
  const command = useFeeCommand();
  const [open, setOpen] = useState<{ notice: FeeNoticeView; action: FeeAction }>();
  const submit = async (c: FeeCommand) => {
    const what = t(`do.${open!.action}`);
    try {
      await command.mutateAsync(c);
      setOpen(undefined);
      void message.success(t('done', { what }));
    } catch (e) {
      void message.error(errorText(e, what));
    }
  };
  return (
    <>
      <Table<FeeNoticeView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...notices]}
        data-testid="fee-notices"
        locale={{ emptyText: t('noNotices') }}
        expandable={{
          rowExpandable: (n) => n.history.length > 0,
          expandedRowRender: (n) => (
            <Typography.Text type="secondary">
              {n.history.map((h) => `${formatDateTime(h.at)} ${t(`do.${h.action}`)} ${yuan(h.amountFen)} ${h.actorName}${h.reason ? `（${h.reason}）` : ''}${h.receiptNumber ? ` ${h.receiptNumber}` : ''}`).join('；')}
            </Typography.Text>
          ),
        }}
        columns={[
          { title: t('number'), dataIndex: 'number' },
          ...(showCase
            ? [
                { title: t('caseNumber'), dataIndex: 'caseNumber' },
                { title: t('applicant'), dataIndex: 'applicantName' },
                { title: t('item'), dataIndex: 'itemName' },
              ]
            : []),
          { title: t('reference'), dataIndex: 'reference', render: (r: string) => <Typography.Text copyable data-testid="fee-reference">{r}</Typography.Text> },
          { title: t('amount'), dataIndex: 'amountFen', align: 'right', render: (f: number) => yuan(f) },
          { title: t('outstanding'), dataIndex: 'outstandingFen', align: 'right', render: (f: number) => yuan(f) },
          {
            title: t('statusTitle'),
            key: 'status',
            render: (_: unknown, n) => (
              <Space size={4} wrap>
                <Tag color={statusColor[n.status]} data-testid="fee-status">
                  {t(`status.${n.status}`)}
                </Tag>
                {n.waivedFen > 0 && <Tag>{`${t('waived')} ${yuan(n.waivedFen)}`}</Tag>}
                {n.refundedFen > 0 && <Tag>{`${t('refunded')} ${yuan(n.refundedFen)}`}</Tag>}
                {n.refundPendingFen > 0 && <Tag color="gold">{t('refundPending', { amount: yuan(n.refundPendingFen) })}</Tag>}
              </Space>
            ),
          },
          { title: t('issuedAt'), dataIndex: 'issuedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, n) => (
              <Space size={4} wrap>
                {n.allowedActions.map((a) => (
                  <Button key={a} size="small" type={a === 'pay' ? 'primary' : 'default'} onClick={() => setOpen({ notice: n, action: a })} data-testid={`fee-${a}`}>
                    {t(`do.${a}`)}
                  </Button>
                ))}
                <Button size="small" href={feeNoticePdfUrl(n.id)} target="_blank" data-testid="fee-print-notice">
                  {t('printNotice')}
                </Button>
                {n.receiptNumber && hasPermission(me, 'fee.collect') && (
                  <Button size="small" href={feeReceiptPdfUrl(n.id)} target="_blank" data-testid="fee-print-receipt">
                    {t('printReceipt')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {open && <FeeActionModal notice={open.notice} action={open.action} onCancel={() => setOpen(undefined)} onSubmit={submit} />}
    </>
  );
}
