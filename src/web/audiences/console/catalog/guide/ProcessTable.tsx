import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ProcessStep, ReviewRule } from '../../../../../domain/catalog/index.ts';
import { useColon, useFormatLimit } from '../labels.tsx';

/** 审查细则 of a step: what to check, against which basis, what to look out for. */
function Rules({ rules }: { rules: ReviewRule[] }) {
  const { t } = useTranslation();
  const colon = useColon();
  if (!rules.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ol style={{ margin: 0, paddingLeft: 18 }}>
      {rules.map((r, i) => (
        <li key={i}>
          <Typography.Text strong>{r.point}</Typography.Text>
          {r.basis && (
            <div>
              <Typography.Text type="secondary">{`${t('console.catalog.guide.ruleBasis')}${colon}`}</Typography.Text>
              {r.basis}
            </div>
          )}
          {r.keyPoints && (
            <div>
              <Typography.Text type="secondary">{`${t('console.catalog.guide.ruleKeyPoints')}${colon}`}</Typography.Text>
              {r.keyPoints}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/** 办理流程: each step with its responsible post and phone (published with the guide) and its review rules. */
export function ProcessTable({ steps }: { steps: ProcessStep[] }) {
  const { t } = useTranslation();
  const limit = useFormatLimit();
  type Row = ProcessStep & { index: number };
  const columns: ColumnsType<Row> = [
    { title: t('console.catalog.material.seq'), key: 'seq', width: 56, align: 'center', render: (_, s) => s.index + 1 },
    { title: t('console.catalog.guide.step'), dataIndex: 'name', width: 140 },
    { title: t('console.catalog.guide.post'), dataIndex: 'post', width: 180 },
    { title: t('console.common.phone'), dataIndex: 'phone', width: 130, render: (v: string) => v || '—' },
    { title: t('console.catalog.guide.timeAllowed'), key: 'time', width: 120, render: (_, s) => limit(s.timeAllowed) },
    { title: t('console.catalog.guide.reviewRules'), key: 'rules', render: (_, s) => <Rules rules={s.reviewRules ?? []} /> },
  ];
  return (
    <Table<Row>
      rowKey="index"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={steps.map((s, index) => ({ ...s, index }))}
      scroll={{ x: 900 }}
      data-testid="process-table"
      locale={{ emptyText: t('console.catalog.guide.none') }}
    />
  );
}
