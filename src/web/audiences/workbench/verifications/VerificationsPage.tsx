import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VerificationList, VerificationListItem } from '../../../../contract/case.ts';
import { api } from '../../../api/client.ts';
import { FlagTags, StateTag } from '../../../features/case/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import './messages.ts';

/** 承诺核查: the 告知承诺 cases still to verify, soonest due first; each opens its case page to act. */
export function VerificationsPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.verifications' });
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['cases', 'verifications', page],
    queryFn: () => api<VerificationList>('/cases/verifications', { query: { page, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('hint')}
      </Typography.Paragraph>
      {list.error && <ErrorAlert error={list.error} />}
      <Card size="small">
        <Table<VerificationListItem>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          data-testid="verification-list"
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('number'), render: (_, c) => <Link to={`/workbench/cases/${c.id}`}>{c.number}</Link> },
            { title: t('item'), dataIndex: 'itemName' },
            { title: t('applicant'), render: (_, c) => `${c.applicantName} ${c.applicantIdNumber}` },
            {
              title: t('decidedState'),
              render: (_, c) => (
                <Space size={4}>
                  <StateTag state={c.state} />
                  <FlagTags flags={c.flags} />
                </Space>
              ),
            },
            {
              title: t('verifyDue'),
              render: (_, c) => (
                <span data-testid={`verification-due-${c.number}`}>
                  {c.verifyDue ?? '—'}
                  {c.overdue && (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      {t('overdue')}
                    </Tag>
                  )}
                </span>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
