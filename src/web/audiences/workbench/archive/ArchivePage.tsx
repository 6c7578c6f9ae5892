import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Space, Table, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveBatchDetail, ArchiveBatchList, ArchiveBatchView, ArchiveVerification } from '../../../../contract/archive.ts';
import { previousMonth } from '../../../../domain/archive/index.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';
import { hasPermission, useMe } from '../../../features/session/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { chinaToday } from '../../../ui/format.ts';
import { VerificationResult } from './VerificationResult.tsx';
import './messages.ts';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The packages of one batch, read when its row is opened. */
function Packages({ batchId }: { batchId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.archive' });
  const detail = useQuery({ queryKey: ['archive', 'batch', batchId], queryFn: () => api<ArchiveBatchDetail>(`/archive/batches/${batchId}`) });
  if (detail.error) return <ErrorAlert error={detail.error} />;
  return (
    <Table
      size="small"
      rowKey="id"
      loading={detail.isLoading}
      pagination={false}
      data-testid={`archive-packages-${batchId}`}
      dataSource={detail.data?.packages ?? []}
      columns={[
        { title: t('archiveCode'), dataIndex: 'archiveCode' },
        { title: t('caseNumber'), dataIndex: 'caseNumber' },
        { title: t('item'), dataIndex: 'itemName' },
        { title: t('applicant'), dataIndex: 'applicantName' },
        { title: t('retention'), dataIndex: 'retentionLabel' },
        { title: t('pages'), dataIndex: 'pages' },
        { title: '', render: (_, p) => <a href={`/api/v1/archive/packages/${p.id}/zip`}>{t('downloadPackage')}</a> },
      ]}
    />
  );
}

/** 档案归档: the archivist's monthly batches — list, open, download, verify, build a month now. */
export function ArchivePage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.archive' });
  const me = useMe().data!;
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [month, setMonth] = useState<string>(previousMonth(chinaToday()));
  const [checked, setChecked] = useState<Record<string, ArchiveVerification>>({});
  const [upload, setUpload] = useState<ArchiveVerification | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const list = useQuery({ queryKey: ['archive', 'batches', page], queryFn: () => api<ArchiveBatchList>('/archive/batches', { query: { page, pageSize: 20 } }), placeholderData: keepPreviousData });
  const build = useMutation({
    mutationFn: () => api<ArchiveBatchDetail>('/archive/batches', { body: { month } }),
    onSuccess: (b) => {
      void message.success(t('built', { month: b.month, count: b.caseCount }));
      void qc.invalidateQueries({ queryKey: ['archive'] });
    },
  });
  const verify = useMutation({
    mutationFn: (id: string) => api<ArchiveVerification>(`/archive/batches/${id}/verify`, { method: 'POST', body: {} }),
    onSuccess: (r) => setChecked((c) => ({ ...c, [r.batchId!]: r })),
  });
  const verifyCopy = async (file: File) => {
    setUpload(null);
    setUploadError(null);
    const res = await fetch('/api/v1/archive/verify', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/zip' }, body: file });
    const body = await res.json();
    if (res.ok) setUpload(body as ArchiveVerification);
    else setUploadError(new ApiError(res.status, body as ApiErrorBody));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('hint')}
      </Typography.Paragraph>
      {hasPermission(me, 'archive.manage') && (
        <Card size="small">
          <Space wrap>
            <span>{t('month')}</span>
            <Input aria-label={t('month')} data-testid="archive-month" value={month} onChange={(e) => setMonth(e.target.value.trim())} style={{ width: 120 }} placeholder="YYYY-MM" />
            <Button type="primary" loading={build.isPending} onClick={() => build.mutate()} data-testid="archive-build">
              {t('build')}
            </Button>
          </Space>
          {build.error && <ErrorAlert error={build.error} />}
        </Card>
      )}
      {list.error && <ErrorAlert error={list.error} />}
      <Card size="small" title={t('batches')}>
        <Table<ArchiveBatchView>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          data-testid="archive-batches"
          expandable={{ expandedRowRender: (b) => <Packages batchId={b.id} /> }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('month'), dataIndex: 'month' },
            { title: t('center'), dataIndex: 'centerName' },
            { title: t('cases'), dataIndex: 'caseCount' },
            { title: t('pages'), dataIndex: 'pages' },
            { title: t('rootHash'), render: (_, b) => <Typography.Text code copyable={{ text: b.rootHash }}>{b.rootHash.slice(0, 16)}…</Typography.Text> },
            { title: t('builtAt'), render: (_, b) => when(b.builtAt) },
            { title: t('builtBy'), dataIndex: 'builtByName' },
            {
              title: '',
              render: (_, b) => (
                <Space orientation="vertical" size={4}>
                  <Space>
                    <a href={`/api/v1/archive/batches/${b.id}/zip`} data-testid={`archive-download-${b.month}`}>
                      {t('download')}
                    </a>
                    <Button size="small" onClick={() => verify.mutate(b.id)} loading={verify.isPending && verify.variables === b.id} data-testid={`archive-verify-${b.month}`}>
                      {t('verify')}
                    </Button>
                  </Space>
                  {checked[b.id] && <VerificationResult result={checked[b.id]!} />}
                </Space>
              ),
            },
          ]}
        />
        {verify.error && <ErrorAlert error={verify.error} />}
      </Card>
      <Card size="small" title={t('uploadTitle')}>
        <Typography.Paragraph type="secondary">{t('uploadHint')}</Typography.Paragraph>
        <input
          type="file"
          accept=".zip,application/zip"
          aria-label={t('choose')}
          data-testid="archive-upload"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void verifyCopy(f);
          }}
        />
        {upload && <VerificationResult result={upload} />}
        {uploadError !== null && <ErrorAlert error={uploadError} />}
      </Card>
    </Space>
  );
}
