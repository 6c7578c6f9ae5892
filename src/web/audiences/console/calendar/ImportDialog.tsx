import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { calendarKey, type DayChange, type ImportPreview } from './api.ts';
import { ProblemAlert } from './errors.tsx';

type Row = DayChange & { change: 'added' | 'changed' | 'removedRow' };

/**
 * Yearly refresh without a release: the administrator loads the State Council arrangement as
 * a holiday-cn JSON file, sees exactly which days change, then confirms.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<unknown>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const edit = (value: string) => {
    setText(value);
    setPreview(undefined); // a preview always matches what will be imported
  };

  const runPreview = async () => {
    setError(undefined);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      return setError(new Error(t('badJson', { error: (e as Error).message })));
    }
    setBusy(true);
    try {
      setPreview(await api<ImportPreview>('/calendar/import/preview', { body }));
      setParsed(body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const result = await api<ImportPreview>('/calendar/import', { body: parsed });
      await qc.invalidateQueries({ queryKey: calendarKey });
      message.success(t('imported', { year: result.year, days: result.days }));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const rows: Row[] = preview
    ? [
        ...preview.added.map((c) => ({ ...c, change: 'added' as const })),
        ...preview.changed.map((c) => ({ ...c, change: 'changed' as const })),
        ...preview.removed.map((c) => ({ ...c, change: 'removedRow' as const })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  const colors = { added: 'green', changed: 'orange', removedRow: 'red' } as const;
  const describe = (d?: { kind: string; name: string }) => (d ? `${t(d.kind === 'off' ? 'off' : 'work')} ${d.name}` : '—');

  return (
    <Modal
      open
      width={720}
      title={t('importTitle')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        <Button key="preview" disabled={!text.trim()} loading={busy && !preview} onClick={runPreview}>
          {t('preview')}
        </Button>,
        <Button key="ok" type="primary" danger disabled={!preview} loading={busy && !!preview} onClick={confirm}>
          {t('confirmImport', { year: preview?.year ?? '' })}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('importHelp')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(edit);
            return false; // read in the browser; nothing is uploaded until the import is confirmed
          }}
        >
          <Button icon={<UploadOutlined />}>{t('upload')}</Button>
        </Upload>
        <Input.TextArea
          rows={6}
          value={text}
          placeholder={t('paste')}
          onChange={(e) => edit(e.target.value)}
          style={{ fontFamily: 'monospace' }}
        />
        <ProblemAlert error={error} />
        {preview && (
          <>
            <Alert
              type={rows.length ? 'info' : 'success'}
              showIcon
              title={t('summary', { ...preview })}
              description={
                rows.length
                  ? t('changes', { added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length })
                  : t('noChanges')
              }
            />
            <Table<Row>
              size="small"
              rowKey="date"
              dataSource={rows}
              pagination={rows.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: t('date'), dataIndex: 'date', width: 120 },
                { title: t('change'), dataIndex: 'change', width: 90, render: (c: Row['change']) => <Tag color={colors[c]}>{t(c)}</Tag> },
                { title: t('before'), render: (_, r) => describe(r.before) },
                { title: t('after'), render: (_, r) => describe(r.after) },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
