import { App, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningSetting } from '../../../../contract/warning-settings.ts';
import { WARNING_THRESHOLD_MAX } from '../../../../contract/warning-settings.ts';
import { api } from '../../../api/client.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { errorText } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';

const key = ['cases', 'warning-settings'];
const sourceColor: Record<WarningSetting['source'], string> = { own: 'blue', inherited: 'default', default: 'default' };

/** 预警阈值 (center manager): the yellow threshold in force at one's center and those below, each editable. */
export function WarningSettingsPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.warnings' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: key, queryFn: () => api<{ items: WarningSetting[] }>('/cases/warning-settings') });
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const save = useMutation({
    mutationFn: (v: { centerId: string; yellowWorkdays: number | null }) => api<WarningSetting>(`/cases/warning-settings/${v.centerId}`, { method: 'PUT', body: { yellowWorkdays: v.yellowWorkdays } }),
    onSuccess: (s) => {
      void message.success(t('saved', { name: s.centerName }));
      setDraft(({ [s.centerId]: _, ...rest }) => rest);
      void qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const columns: ColumnsType<WarningSetting> = [
    { title: t('center'), dataIndex: 'centerName', render: (v: string, r) => <span style={{ paddingInlineStart: r.depth * 20 }}>{v}</span> },
    { title: t('effective'), dataIndex: 'effective', width: 140, render: (n: number) => <span data-testid="warning-effective">{t('workdays', { n })}</span> },
    { title: t('source'), dataIndex: 'source', width: 130, render: (s: WarningSetting['source']) => <Tag color={sourceColor[s]}>{t(`sources.${s}`)}</Tag> },
    {
      title: t('own'),
      key: 'own',
      width: 330,
      render: (_, r) => {
        const value = r.centerId in draft ? draft[r.centerId] : r.own;
        return (
          <Space>
            <InputNumber
              min={0}
              max={WARNING_THRESHOLD_MAX}
              precision={0}
              value={value}
              placeholder={String(r.effective)}
              onChange={(v) => setDraft((d) => ({ ...d, [r.centerId]: v === null ? null : Number(v) }))}
              data-testid="warning-own"
            />
            <Button type="primary" size="small" disabled={value === null || value === r.own} loading={save.isPending && save.variables?.centerId === r.centerId} onClick={() => save.mutate({ centerId: r.centerId, yellowWorkdays: value ?? null })} data-testid="warning-save">
              {t('save')}
            </Button>
            {r.own !== null && (
              <Button size="small" onClick={() => save.mutate({ centerId: r.centerId, yellowWorkdays: null })} data-testid="warning-clear">
                {t('clear')}
              </Button>
            )}
          </Space>
        );
      },
    },
    { title: t('updated'), key: 'updated', width: 200, render: (_, r) => (r.updatedAt ? `${formatDateTime(r.updatedAt)} ${r.updatedBy ?? ''}` : '—') },
  ];

  return (
    <Card title={t('title')} data-testid="warning-settings">
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {list.error && <ListError error={list.error} />}
      <Table<WarningSetting> rowKey="centerId" size="small" loading={list.isFetching} dataSource={list.data?.items ?? []} columns={columns} pagination={false} onRow={(r) => ({ 'data-testid': `warning-row-${r.centerName}` }) as React.HTMLAttributes<HTMLElement>} />
    </Card>
  );
}
