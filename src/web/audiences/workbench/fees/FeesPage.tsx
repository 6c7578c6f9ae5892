// 收费 (workbench): the cashier's notices to collect, refunds awaiting approval, today's and
// all recent ones, and the day's reconciliation (日对账单) to download.
import { Button, Card, DatePicker, Input, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeNoticeTable, reconciliationUrl, useFeeList, type FeeListStatus } from '../../../features/fee/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { chinaToday } from '../../../ui/format.ts';

export function FeesPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.fees' });
  const [status, setStatus] = useState<FeeListStatus>('due');
  const [q, setQ] = useState('');
  const [day, setDay] = useState(() => dayjs(chinaToday()));
  const list = useFeeList(status, q);
  return (
    <Card
      title={t('title')}
      extra={
        <Space>
          <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} data-testid="fee-reconciliation-date" />
          <Button href={reconciliationUrl(day.format('YYYY-MM-DD'))} data-testid="fee-reconciliation">
            {t('reconciliation')}
          </Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<FeeListStatus> value={status} onChange={setStatus} options={(['due', 'refund_pending', 'today', 'all'] as const).map((s) => ({ value: s, label: t(`views.${s}`) }))} />
        <Input.Search allowClear placeholder={t('search')} onSearch={setQ} style={{ width: 280 }} data-testid="fee-search" />
      </Space>
      {list.error ? <ErrorAlert error={list.error} /> : <FeeNoticeTable notices={list.data?.items ?? []} showCase />}
    </Card>
  );
}
