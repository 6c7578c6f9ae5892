import { Button, DatePicker, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantLookup, ChecklistEntryInput } from '../../../contract/case.ts';
import type { MaterialStatus } from '../../../domain/case/outcomes.ts';
import { CameraCapture } from './CameraCapture.tsx';

/** A material of the pinned version as the checklist needs it. */
export interface ChecklistMaterial {
  id: string;
  name: string;
  required: boolean;
  waivable: boolean;
  originals: number;
  copies: number;
}

type Reusable = ApplicantLookup['reusable'][number];

interface Props {
  materials: readonly ChecklistMaterial[];
  value: readonly ChecklistEntryInput[];
  onChange: (next: ChecklistEntryInput[]) => void;
  /** Earlier materials of this applicant that may be reused (免提交). */
  reusable?: readonly Reusable[];
  /** Pages scanned per material so far (queued or stored). */
  scanCounts?: Record<string, number>;
  onScan?: (materialId: string, file: Blob) => void;
  testId?: string;
}

/** The line a material starts with: received with the counts the guide asks for. */
export function initialEntry(m: ChecklistMaterial): ChecklistEntryInput {
  return { materialId: m.id, status: 'received', originals: m.originals, copies: m.copies };
}

/**
 * 材料清单: one line per material of the pinned version. Statuses the material cannot have are
 * not offered (容缺 only where the guide says 可容缺, 不适用 only for optional materials); the
 * server's outcome validators still decide.
 */
export function ChecklistEditor({ materials, value, onChange, reusable = [], scanCounts = {}, onScan, testId = 'checklist' }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const [camera, setCamera] = useState<ChecklistMaterial>();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileFor = useRef<string>(undefined);
  const entry = (id: string) => value.find((e) => e.materialId === id) ?? { materialId: id, status: 'missing' as const, originals: 0, copies: 0 };
  const set = (id: string, patch: Partial<ChecklistEntryInput>) => {
    const rest = value.filter((e) => e.materialId !== id);
    const next = { ...entry(id), ...patch };
    onChange([...rest, next].sort((a, b) => order(a.materialId) - order(b.materialId)));
  };
  const order = (id: string) => materials.findIndex((m) => m.id === id);

  const statusOptions = (m: ChecklistMaterial) =>
    (['received', 'missing', 'defective', 'waived', 'reused', 'not_applicable'] as MaterialStatus[])
      .filter((s) => (s === 'waived' ? m.waivable : s === 'not_applicable' ? !m.required : s === 'reused' ? reusable.length > 0 : true))
      .map((s) => ({ value: s, label: t(`materialStatus.${s}`) }));

  return (
    <>
      <Table<ChecklistMaterial>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...materials]}
        data-testid={testId}
        columns={[
          {
            title: t('material'),
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <span>{m.name}</span>
                <Space size={4}>
                  <Tag color={m.required ? 'red' : 'default'}>{m.required ? t('requiredTag') : t('optionalTag')}</Tag>
                  {m.waivable && <Tag color="orange">{t('waivableTag')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('need', { originals: m.originals, copies: m.copies })}
                  </Typography.Text>
                </Space>
              </Space>
            ),
          },
          {
            title: t('status'),
            width: 130,
            render: (_, m) => (
              <Select
                style={{ width: 120 }}
                virtual={false}
                value={entry(m.id).status}
                options={statusOptions(m)}
                onChange={(status: MaterialStatus) => set(m.id, { status })}
                data-testid={`material-status-${m.id}`}
              />
            ),
          },
          {
            title: `${t('originals')} / ${t('copies')}`,
            width: 170,
            render: (_, m) => (
              <Space size={4}>
                <InputNumber size="small" min={0} style={{ width: 64 }} value={entry(m.id).originals} onChange={(v) => set(m.id, { originals: v ?? 0 })} aria-label={t('originals')} />
                <InputNumber size="small" min={0} style={{ width: 64 }} value={entry(m.id).copies} onChange={(v) => set(m.id, { copies: v ?? 0 })} aria-label={t('copies')} />
              </Space>
            ),
          },
          {
            title: t('detail'),
            render: (_, m) => {
              const e = entry(m.id);
              if (e.status === 'defective')
                return <Input size="small" placeholder={t('defect')} value={e.defect} onChange={(ev) => set(m.id, { defect: ev.target.value })} data-testid={`material-defect-${m.id}`} />;
              if (e.status === 'waived')
                return (
                  <Space size={4}>
                    <Input size="small" placeholder={t('waiverFormat')} value={e.waiver?.format} style={{ width: 120 }} onChange={(ev) => set(m.id, { waiver: { format: ev.target.value, deadline: e.waiver?.deadline ?? '' } })} data-testid={`material-waiver-format-${m.id}`} />
                    <DatePicker size="small" placeholder={t('deadline')} value={e.waiver?.deadline ? dayjs(e.waiver.deadline) : null} onChange={(d) => set(m.id, { waiver: { format: e.waiver?.format ?? '', deadline: d ? d.format('YYYY-MM-DD') : '' } })} />
                  </Space>
                );
              if (e.status === 'reused')
                return (
                  <Select
                    size="small"
                    style={{ width: 240 }}
                    placeholder={t('reuse')}
                    value={e.reusedFrom}
                    options={reusable.map((r) => ({ value: r.caseNumber, label: `${r.materialName} · ${r.caseNumber}` }))}
                    onChange={(reusedFrom: string) => set(m.id, { reusedFrom })}
                  />
                );
              if (e.status === 'not_applicable')
                return <Input size="small" placeholder={t('note')} value={e.reason} onChange={(ev) => set(m.id, { reason: ev.target.value })} />;
              return null;
            },
          },
          ...(onScan
            ? [
                {
                  title: t('scans'),
                  width: 230,
                  render: (_: unknown, m: ChecklistMaterial) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => setCamera(m)} data-testid={`material-camera-${m.id}`}>
                        {t('camera')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          fileFor.current = m.id;
                          fileInput.current?.click();
                        }}
                      >
                        {t('file')}
                      </Button>
                      {(scanCounts[m.id] ?? 0) > 0 && <Tag color="blue" data-testid={`material-scans-${m.id}`}>{t('scanned', { count: scanCounts[m.id] })}</Tag>}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <input
        ref={fileInput}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/tiff,application/pdf"
        style={{ display: 'none' }}
        data-testid={`${testId}-file`}
        onChange={(ev) => {
          const file = ev.target.files?.[0];
          if (file && fileFor.current) onScan?.(fileFor.current, file);
          ev.target.value = '';
        }}
      />
      <CameraCapture
        open={!!camera}
        title={camera ? `${t('camera')} · ${camera.name}` : ''}
        onClose={() => setCamera(undefined)}
        onCapture={(jpeg) => {
          if (camera) onScan?.(camera.id, jpeg);
          setCamera(undefined);
        }}
      />
    </>
  );
}
