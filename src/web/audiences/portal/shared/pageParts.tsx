import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';

/** A page or record the portal does not have: what is missing, and the way home. */
export function PortalMissing({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={title}
      extra={
        <Link to="/portal">
          <Button type="primary">{t('portal.backHome')}</Button>
        </Link>
      }
    />
  );
}

/**
 * What a page of one record shows before it has the record: a skeleton while loading, the
 * error, or `missingTitle` when there is no such published record (404, or a malformed id 400).
 * Null once the record is there.
 */
export function RecordGate({ query, missingTitle, rows }: { query: { isPending: boolean; error: unknown }; missingTitle: string; rows: number }) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (!query.error) return null;
  const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  return missing ? <PortalMissing title={missingTitle} /> : <ErrorAlert error={query.error} />;
}

/** Back where the visitor came from, or home when the page was opened directly (a shared link). */
export function BackButton({ label }: { label: string }) {
  const navigate = useNavigate();
  return (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0, marginBottom: 4 }} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/portal'))}>
      {label}
    </Button>
  );
}
