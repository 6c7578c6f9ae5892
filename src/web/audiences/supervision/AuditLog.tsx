import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditActionLabels, auditLabel, auditObjectLabels, roleLabels, type Role } from '../../../domain/access/index.ts';
import { api, type Page } from '../../api/client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { AuditFilters } from './AuditFilters.tsx';
import type { AuditFilter, AuditRow } from './audit-types.ts';
import { useVerifyChain, VerifyChainButton, VerifyChainResult } from './VerifyChain.tsx';

const resultColor = { ok: 'green', failed: 'red', denied: 'orange' } as const;

/** 审计日志: every write and every read of personal data, newest first, read-only. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyChain();
  const lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const roleLabel = (code: string) => roleLabels[code as Role]?.[lang] ?? code;
  // The object in words: its kind, then a name where one is known, else a short id (the full one on hover).
  const objectText = (r: AuditRow) => {
    if (!r.objectType) return '—';
    const kind = auditLabel(auditObjectLabels, r.objectType, lang);
    const which = r.objectName ?? (r.objectId ? (r.objectId.length > 12 ? `${r.objectId.slice(0, 8)}…` : r.objectId) : '');
    return (
      <span title={r.objectId ?? undefined} data-testid="audit-object">
        {which ? `${kind}：${which}` : kind}
      </span>
    );
  };
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...filter, ...paging };
  const rows = useQuery({
    queryKey: ['audit', query],
    queryFn: () => api<Page<AuditRow>>('/audit', { query: { ...query } }),
    placeholderData: keepPreviousData, // keep the table steady while the next page loads
  });

  const columns: TableColumnsType<AuditRow> = [
    { title: t('supervision.audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('supervision.audit.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
    {
      title: t('supervision.audit.actor'),
      key: 'actor',
      render: (_, r) => (
        <>
          {r.actorName ?? r.actorId ?? '—'}
          {r.actorRole && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {roleLabel(r.actorRole)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('supervision.audit.action'),
      dataIndex: 'action',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (a: string) => (
        <span title={a} data-testid="audit-action">
          {auditLabel(auditActionLabels, a, lang)}
        </span>
      ),
    },
    { title: t('supervision.audit.object'), key: 'object', render: (_, r) => objectText(r) },
    { title: t('supervision.audit.result'), dataIndex: 'result', width: 90, render: (v: AuditRow['result']) => <Tag color={resultColor[v]}>{t(`supervision.audit.results.${v}`, { defaultValue: v })}</Tag> },
    { title: t('supervision.audit.ip'), dataIndex: 'ip', width: 130 },
    {
      title: t('supervision.audit.sealed'),
      dataIndex: 'sealed',
      width: 90,
      render: (sealed: boolean) => (sealed ? <Tag color="blue">{t('supervision.audit.sealedYes')}</Tag> : <Tag>{t('supervision.audit.sealedNo')}</Tag>),
    },
  ];

  return (
    <Card
      title={t('supervision.audit.title')}
      extra={
        <Space size="middle">
          <Typography.Text type="secondary">{rows.data ? t('supervision.audit.total', { total: rows.data.total }) : null}</Typography.Text>
          <VerifyChainButton verify={verify} />
        </Space>
      }
    >
      <AuditFilters
        onSearch={(f) => {
          setFilter(f);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <VerifyChainResult verify={verify} />
      <ErrorAlert error={rows.error} style={{ marginBottom: 16 }} />
      <Table<AuditRow>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={rows.data?.items}
        loading={rows.isFetching}
        expandable={{
          expandedRowRender: (r) =>
            r.summary === null || r.summary === undefined ? (
              <Typography.Text type="secondary">{t('supervision.audit.noSummary')}</Typography.Text>
            ) : (
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(r.summary, null, 2)}</pre>
            ),
        }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        data-testid="audit-table"
      />
    </Card>
  );
}
