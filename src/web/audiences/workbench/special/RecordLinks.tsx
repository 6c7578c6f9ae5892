import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SpecialRecordView } from '../../../../contract/special.ts';
import { recordPdfUrl, recordPrintPath } from './api.ts';

/** Print page and numbered PDF of one record. */
export function RecordLinks({ record }: { record: SpecialRecordView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  return (
    <Space size={4}>
      <a href={recordPrintPath(record.caseId, record.id)} target="_blank" rel="noreferrer" data-testid={`record-print-${record.kind}`}>
        <Button size="small">{t('print')}</Button>
      </a>
      <a href={recordPdfUrl(record.caseId, record.id)} target="_blank" rel="noreferrer" data-testid={`record-pdf-${record.kind}`}>
        <Button size="small">{t('pdf')}</Button>
      </a>
    </Space>
  );
}

/** A record's fields as its printed document shows them. */
export function RecordFields({ record }: { record: SpecialRecordView }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: '8em 1fr', gap: '2px 12px', margin: 0 }}>
      {record.document.fields.slice(3).map((f) => (
        <div key={f.label} style={{ display: 'contents' }}>
          <dt style={{ color: '#666' }}>{f.label}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
