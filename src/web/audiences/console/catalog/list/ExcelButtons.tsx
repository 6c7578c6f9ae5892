import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Upload, message } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client.ts';
import { ErrorAlert } from '../../../../ui/ErrorAlert.tsx';

interface RowError {
  sheet: string;
  row: number;
  column?: string;
  message: string;
}
interface ImportResult {
  ok: boolean;
  items: number;
  unchanged: number;
  created: number;
  newDrafts: number;
  updatedDrafts: number;
  errors: RowError[];
}

// The import takes the raw workbook, not JSON, so it bypasses the JSON api() helper.
async function postWorkbook(file: File, query: string, lang: string): Promise<Response> {
  return fetch(`/api/v1/catalog/import?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', 'accept-language': lang.startsWith('en') ? 'en' : 'zh-CN' },
    body: file,
  });
}

async function asResult(res: Response): Promise<ImportResult> {
  const body = await res.json();
  if (res.ok) return body as ImportResult;
  if (body?.code === 'VALIDATION_FAILED' && body.details?.errors) return body.details as ImportResult;
  throw new ApiError(res.status, body);
}

/** 导出 / 导入 Excel: export the whole catalog, or check a workbook and import it as drafts. */
export function ExcelButtons({ canManage }: { canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const check = async (f: File) => {
    setFile(f);
    setResult(undefined);
    setError(undefined);
    setBusy(true);
    try {
      setResult(await asResult(await postWorkbook(f, 'dryRun=true', i18n.language)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const downloadReport = async () => {
    if (!file) return;
    const res = await postWorkbook(file, 'dryRun=true&report=xlsx', i18n.language);
    const url = URL.createObjectURL(await res.blob());
    Object.assign(document.createElement('a'), { href: url, download: `导入错误报告-${file.name}` }).click();
    URL.revokeObjectURL(url);
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await asResult(await postWorkbook(file, '', i18n.language));
      if (!r.ok) return setResult(r);
      void message.success(t('console.catalog.excel.done', { created: r.created, drafts: r.newDrafts + r.updatedDrafts }));
      await queryClient.invalidateQueries();
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      <Button icon={<DownloadOutlined />} href="/api/v1/catalog/export.xlsx" data-testid="catalog-export">
        {t('console.catalog.excel.export')}
      </Button>
      {canManage && (
        <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="catalog-import">
          {t('console.catalog.excel.import')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('console.catalog.excel.title')}
        width={760}
        onCancel={() => setOpen(false)}
        okText={t('console.catalog.excel.confirm')}
        okButtonProps={{ disabled: !result?.ok || busy, loading: busy }}
        onOk={confirm}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('console.catalog.excel.hint')} />
          <Upload accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => (void check(f), false)}>
            <Button icon={<UploadOutlined />} loading={busy}>
              {file ? file.name : t('console.catalog.excel.choose')}
            </Button>
          </Upload>
          <ErrorAlert error={error} />
          {result && <Alert type={result.ok ? 'success' : 'warning'} showIcon message={t('console.catalog.excel.summary', { ...result })} />}
          {result && !result.ok && (
            <>
              <Alert type="error" message={t('console.catalog.excel.errors', { count: result.errors.length })} />
              <Button onClick={downloadReport}>{t('console.catalog.excel.report')}</Button>
              <Table<RowError>
                size="small"
                rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 8 }}
                columns={[
                  { title: t('console.catalog.excel.sheet'), dataIndex: 'sheet', width: 90 },
                  { title: t('console.catalog.excel.row'), dataIndex: 'row', width: 60 },
                  { title: t('console.catalog.excel.column'), dataIndex: 'column', width: 140 },
                  { title: t('console.catalog.excel.message'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </Space>
      </Modal>
    </Space>
  );
}
