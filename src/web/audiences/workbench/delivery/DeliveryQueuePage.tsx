// 出件窗口: the pickup window's queue of results by hand-out status. A collector's 受理通知书
// scanned anywhere on the workbench opens its case (ScanToOpen); the case page's delivery card
// does the hand-out.
import { Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { deliveryQueueViews, type DeliveryQueueItem } from '../../../../contract/delivery.ts';
import { deliveryMethodLabels, deliveryStatusLabels } from '../../../../domain/case/delivery.ts';
import { useDeliveryQueue } from '../../../features/delivery/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';

type View = (typeof deliveryQueueViews)[number];

export function DeliveryQueuePage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery.queue' });
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') as View | null) ?? 'at_window';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('scanHint')}</Typography.Text>
      <Card size="small">
        <Tabs activeKey={view} onChange={(v) => setParams({ view: v })} items={deliveryQueueViews.map((v) => ({ key: v, label: t(`views.${v}`), children: view === v && <QueueTable view={v} /> }))} />
      </Card>
    </Space>
  );
}

function QueueTable({ view }: { view: View }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const [page, setPage] = useState(1);
  const q = useDeliveryQueue({ view, page, pageSize: 20 });
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Table<DeliveryQueueItem>
      size="small"
      rowKey="caseId"
      loading={q.isFetching}
      dataSource={q.data?.items ?? []}
      data-testid={`delivery-queue-${view}`}
      pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        { title: t('queue.number'), render: (_, r) => <Link to={`/workbench/cases/${r.caseId}`}>{r.number}</Link> },
        { title: t('queue.item'), dataIndex: 'itemName' },
        { title: t('queue.applicant'), dataIndex: 'applicantName' },
        { title: t('queue.decision'), render: (_, r) => (r.decision ? <Tag color={r.decision === 'approved' ? 'green' : 'red'}>{t(`decision.${r.decision}`)}</Tag> : '—') },
        { title: t('queue.decidedAt'), render: (_, r) => formatDateTime(r.decidedAt) },
        { title: t('queue.choice'), render: (_, r) => deliveryMethodLabels[r.choice][lang] },
        { title: t('queue.status'), render: (_, r) => deliveryStatusLabels[r.status][lang] },
        { title: t('queue.where'), render: (_, r) => r.waybill ?? (r.cabinetId ? `${r.cabinetId} · ${t('door', { door: r.door })}` : '—') },
        { title: t('queue.updatedAt'), render: (_, r) => formatDateTime(r.updatedAt) },
      ]}
    />
  );
}
