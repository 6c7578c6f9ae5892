import { Alert, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import './online.css';
import { Link } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { LinkButton } from './LinkButton.tsx';
import { useMyApplications, type OnlineApplicationSummary } from './api.ts';
import { RequireCitizen } from './RequireCitizen.tsx';
import { StatusTag } from './StatusTag.tsx';

/** Where a row leads: a draft back to the wizard, everything else to its page. */
export function applicationLink(a: Pick<OnlineApplicationSummary, 'id' | 'status'>): string {
  return a.status === 'draft' ? `/portal/apply/${a.id}` : `/portal/applications/${a.id}`;
}

function Row({ a }: { a: OnlineApplicationSummary }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.list' });
  const action = a.status === 'draft' ? t('continue') : a.status === 'correction_requested' ? t('correct') : t('view');
  return (
    <li>
      <Link to={applicationLink(a)} className="ow-item ow-apply-row" data-testid="application-row" data-status={a.status}>
        <div className="ow-row" style={{ justifyContent: 'space-between' }}>
          <strong>{a.items.map((i) => i.itemName).join('、')}</strong>
          <StatusTag status={a.status} />
        </div>
        <p className="ow-small ow-muted">
          {a.submittedAt ? t('submittedAt', { time: formatDateTime(a.submittedAt) }) : t('updated', { time: formatDateTime(a.updatedAt) })}
          {a.review && a.status === 'submitted' ? ` · ${t('reviewDue', { date: a.review.due })}` : ''}
        </p>
        {a.cases.length > 0 && <p className="ow-small">{a.cases.map((c) => c.number).join('、')}</p>}
        <span className="ow-apply-row-action">{action} →</span>
      </Link>
    </li>
  );
}

function List() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const list = useMyApplications();
  if (list.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (list.error) return <Alert type="error" showIcon title={errorText(list.error, t('failed'))} />;
  return (
    <section data-testid="my-applications">
      <h1 style={{ marginBottom: 12 }}>{t('list.title')}</h1>
      {list.data.items.length === 0 ? (
        <div className="ow-panel">
          <Empty description={t('list.empty')}>
            <LinkButton to="/portal/search" type="primary">
              {t('list.find')}
            </LinkButton>
          </Empty>
        </div>
      ) : (
        <ul className="ow-plain ow-results">
          {list.data.items.map((a) => (
            <Row key={a.id} a={a} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** /portal/applications — 我的申请: drafts, waiting for pre-review, corrections asked for, accepted. */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  useDocumentTitle(t('list.title'), i18n.t('portal.title'));
  return <RequireCitizen>{() => <List />}</RequireCitizen>;
}
