import { Button, Card, Empty, Pagination, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { onlineStatuses, type OnlineStatus } from '../../../../domain/online/index.ts';
import { LevelTag, WarningLegend } from '../../../features/case/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useReviewQueue, type OnlineReviewQueueItem, type ReviewFilter } from './api.ts';
import './messages.ts';

const shownStatuses = onlineStatuses.filter((s) => s !== 'draft');

/** /workbench/online-reviews — 网上预审: what waits, by due date, with its warning colour and round. */
export function ReviewQueuePage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ReviewFilter>({ status: 'submitted', page: 1 });
  const [centers, setCenters] = useState(new Map<string, string>());
  const q = useReviewQueue(filter);
  const data = q.data;
  // The centers seen so far: a county clerk also sees the townships below (the server's scope).
  if (data && data.items.some((i) => !centers.has(i.centerId))) setCenters(new Map([...centers, ...data.items.map((i) => [i.centerId, i.centerName] as const)]));
  const change = (patch: Partial<ReviewFilter>) => setFilter((f) => ({ ...f, page: 1, ...patch }));
  return (
    <Card
      title={
        <Space>
          {t('title')}
          {data && (
            <Tag color={data.waiting > 0 ? 'blue' : 'default'} data-testid="online-waiting">
              {t('waiting', { count: data.waiting })}
            </Tag>
          )}
        </Space>
      }
      extra={<WarningLegend />}
      data-testid="online-reviews"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 160 }}
          aria-label={t('status')}
          value={filter.status}
          onChange={(status: OnlineStatus) => change({ status })}
          options={shownStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          data-testid="online-status-filter"
        />
        {centers.size > 1 && (
          <Select
            style={{ width: 200 }}
            aria-label={t('center')}
            value={filter.centerId ?? ''}
            onChange={(centerId: string) => change({ centerId: centerId || undefined })}
            options={[{ value: '', label: t('allCenters') }, ...[...centers].map(([value, label]) => ({ value, label }))]}
          />
        )}
      </Space>
      <ErrorAlert error={q.error} />
      <Table<OnlineReviewQueueItem>
        rowKey="id"
        size="small"
        loading={q.isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/workbench/online-reviews/${r.id}`), 'data-testid': 'online-review-row' }) as never}
        columns={[
          {
            title: t('items'),
            key: 'items',
            render: (_: unknown, r) => (
              <>
                <Link to={`/workbench/online-reviews/${r.id}`}>{r.items.map((i) => i.itemName).join('、')}</Link>
                {r.bundleId && (
                  <Tag color="purple" style={{ marginLeft: 6 }}>
                    {t('bundle')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('applicant'), dataIndex: 'applicantName' },
          { title: t('center'), dataIndex: 'centerName' },
          { title: t('submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('due'),
            key: 'due',
            render: (_: unknown, r) =>
              r.review ? (
                <Space size={4} data-testid="online-review-due">
                  <span>{r.review.due}</span>
                  {r.status === 'submitted' && <LevelTag level={r.review.level} testId="online-review-level" />}
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          { title: t('round'), dataIndex: 'round', render: (n: number) => <Tag color={n > 1 ? 'orange' : 'default'}>{t(`rounds.${n > 1 ? 2 : 1}`)}</Tag> },
          {
            title: '',
            key: 'open',
            render: (_: unknown, r) => (
              <Link to={`/workbench/online-reviews/${r.id}`}>
                <Button size="small" type={r.status === 'submitted' ? 'primary' : 'default'} data-testid="online-review-open">
                  {t('open')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
      {data && data.total > data.pageSize && (
        <Pagination style={{ marginTop: 12 }} current={data.page} pageSize={data.pageSize} total={data.total} onChange={(page) => setFilter((f) => ({ ...f, page }))} showSizeChanger={false} />
      )}
    </Card>
  );
}
