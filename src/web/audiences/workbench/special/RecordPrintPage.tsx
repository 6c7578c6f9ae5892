import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { photoUrl, useSpecialRecord } from './api.ts';
import './messages.ts'; // a page outside the workbench's layout: it loads its own words

const cell = { border: '1px solid #000', padding: '4px 8px', verticalAlign: 'top' } as const;

/**
 * /print/special-record/:caseId/:recordId — a special step's record (联合踏勘记录表, 专家评审意见书,
 * 听证笔录, 集体研究记录) alone on A4, drawn from the same document as its numbered PDF.
 */
export function RecordPrintPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const { caseId, recordId } = useParams();
  const q = useSpecialRecord(caseId!, recordId!);
  if (q.isPending) return <Spin fullscreen />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  const doc = r.document;
  return (
    <App component={false}>
      <style>{'@media print { .ow-no-print { display: none } } @page { size: A4; margin: 18mm }'}</style>
      <main style={{ maxWidth: 760, margin: '0 auto', padding: 24, fontSize: 14, color: '#000', background: '#fff' }} data-testid="record-print">
        <div className="ow-no-print" style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('print')}
          </Button>
        </div>
        <h1 style={{ textAlign: 'center', fontSize: 24, margin: 0 }} data-testid="record-print-title">
          {doc.title}
        </h1>
        <p style={{ textAlign: 'center' }} data-testid="record-print-number">
          {doc.number}
        </p>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {doc.fields.map((f) => (
              <tr key={f.label}>
                <th style={{ ...cell, width: '8em', textAlign: 'left' }}>{f.label}</th>
                <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{f.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {doc.tables.map((tb) => (
          <section key={tb.caption}>
            <h3>{tb.caption}</h3>
            <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid={`record-print-table`}>
              <thead>
                <tr>
                  {tb.columns.map((c) => (
                    <th key={c} style={cell}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tb.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((v, j) => (
                      <td key={j} style={cell}>
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        {r.photos.length > 0 && (
          <section>
            <h3>{t('photos')}</h3>
            {r.photos.map((p) => (
              <figure key={p.sha256} style={{ display: 'inline-block', margin: 8 }}>
                <img src={photoUrl(r.caseId, r.id, p.sha256)} alt={p.name} style={{ maxWidth: 320, maxHeight: 240 }} />
                <figcaption>{p.name}</figcaption>
              </figure>
            ))}
          </section>
        )}
        <p style={{ textAlign: 'right', marginTop: 32 }}>
          {doc.agency.name}（盖章）
          <br />
          {doc.agency.date}
        </p>
      </main>
    </App>
  );
}
