import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { channels, specialProcedureKinds, type Fee, type FeeItem } from '../../../../../domain/catalog/index.ts';
import { useColon, useFormatLimit, useLabel, yuan } from '../labels.tsx';
import type { VersionDetail } from '../types.ts';
import { Prose, Rows } from './Rows.tsx';

/** 办结时限: legal and promised, each with its note, and the special procedures that stop the clock. */
export function LimitsSection({ version: v }: { version: VersionDetail }) {
  const limit = useFormatLimit();
  const label = useLabel();
  const withNote = (l: VersionDetail['legalLimit']) =>
    l ? (
      <span>
        <Typography.Text strong>{limit(l)}</Typography.Text>
        {l.note && <Typography.Text type="secondary">（{l.note}）</Typography.Text>}
      </span>
    ) : null;
  return (
    <Rows
      column={1}
      rows={[
        ['legalLimit', withNote(v.legalLimit)],
        ['promisedLimit', <span data-testid="guide-promised-limit">{withNote(v.promisedLimit)}</span>],
        [
          'specialProcedures',
          v.specialProcedures.length ? (
            <Space orientation="vertical" size={0}>
              {v.specialProcedures.map((p, i) => (
                <span key={i}>
                  <Tag>{label(specialProcedureKinds, p.kind)}</Tag>
                  {p.name}
                  {p.limit ? `：${limit(p.limit)}` : ''}
                  {p.note ? `（${p.note}）` : ''}
                </span>
              ))}
            </Space>
          ) : null,
        ],
      ]}
    />
  );
}

/** 收费: whether, on what basis, and the standard (fixed amounts or per unit, shown in yuan). */
export function FeeSection({ fee }: { fee: Fee }) {
  const { t } = useTranslation();
  const colon = useColon();
  if (!fee.charged) return <Typography.Text>{t('console.catalog.guide.notCharged')}</Typography.Text>;
  const standard = (f: FeeItem) =>
    f.kind === 'fixed'
      ? yuan(f.amountFen)
      : [
          t('console.catalog.guide.perUnit', { amount: yuan(f.unitFen), unit: f.unit }),
          f.minFen !== undefined ? t('console.catalog.guide.min', { amount: yuan(f.minFen) }) : '',
          f.maxFen !== undefined ? t('console.catalog.guide.max', { amount: yuan(f.maxFen) }) : '',
        ]
          .filter(Boolean)
          .join('，');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div>
        <Typography.Text type="secondary">{`${t('console.catalog.edit.feeBasis')}${colon}`}</Typography.Text>
        <Prose text={fee.basis} />
      </div>
      <Table<FeeItem & { index: number }>
        size="small"
        bordered
        pagination={false}
        rowKey="index"
        dataSource={fee.items.map((f, index) => ({ ...f, index }))}
        columns={[
          { title: t('console.catalog.edit.feeName'), dataIndex: 'name' },
          { title: t('console.catalog.edit.feeStandard'), key: 'standard', render: (_, f) => standard(f) },
        ]}
      />
    </Space>
  );
}

/** 办理地点和时间, and how one may apply (channels, visits, appointments, online, courier). */
export function PlaceSection({ version: v }: { version: VersionDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  const yesNo = (b: boolean) => t(b ? 'console.catalog.guide.yes' : 'console.catalog.guide.no');
  return (
    <Rows
      rows={[
        ['address', v.address],
        ['hours', v.hours],
        ['channels', v.channels.map((c) => label(channels, c)).join('、')],
        ['visits', t('console.catalog.guide.visits', { count: v.visits })],
        ['online', yesNo(v.online)],
        ['onlineUrl', v.onlineUrl],
        ['appointment', yesNo(v.appointment)],
        ['onlinePayment', yesNo(v.onlinePayment)],
        ['express', yesNo(v.express)],
        ['formSchema', v.formSchema ? t('console.catalog.guide.formDefined') : null],
      ]}
    />
  );
}

/** 咨询和投诉: phones and the frequently asked questions. */
export function ContactSection({ version: v }: { version: VersionDetail }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Rows
        rows={[
          ['consultPhone', v.consultPhone],
          ['complaintPhone', v.complaintPhone],
        ]}
      />
      {v.faq.length > 0 && (
        <dl style={{ margin: 0 }}>
          {v.faq.map((f, i) => (
            <div key={i} style={{ marginBottom: 8 }}>
              <dt>
                <Typography.Text strong>
                  {i + 1}. {f.question}
                </Typography.Text>
              </dt>
              <dd style={{ marginInlineStart: 18, whiteSpace: 'pre-wrap' }}>{f.answer}</dd>
            </div>
          ))}
        </dl>
      )}
    </Space>
  );
}
