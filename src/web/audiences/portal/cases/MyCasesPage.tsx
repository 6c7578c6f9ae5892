import { Alert, Button, Empty, Skeleton, Tag } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useCitizen } from '../account/api.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useMyCases, type MyCaseSummary } from './api.ts';
import './cases.css';

const stateColor = (s: MyCaseSummary['state']) =>
  s === 'withdrawn' || s === 'not_accepted' || s === 'stopped' || s === 'decided_refused' || s === 'revoked' ? 'default' : s === 'concluded' || s === 'archived' ? 'green' : 'blue';

/** The state word, what is owed and the clock's warning of one case, as tags. */
export function CaseTags({ c }: { c: MyCaseSummary }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const en = i18n.language?.startsWith('en');
  const level = c.warningLevel && c.warningLevel !== 'normal' ? c.warningLevel : null;
  return (
    <div className="ow-case-tags">
      <Tag color={stateColor(c.state)} data-testid="my-case-state">
        {en ? c.stateLabel.en : c.stateLabel.zh}
      </Tag>
      {c.owes.map((o) => (
        <Tag key={o} color="orange" data-testid={`my-case-owes-${o}`}>
          {t(`owes.${o}`)}
        </Tag>
      ))}
      {level && <Tag color={level === 'yellow' || level === 'paused' ? 'gold' : 'red'}>{t(`warning.${level}`)}</Tag>}
    </div>
  );
}

/** Number, dates and (in the list) the promised date of a case, as a definition list. */
export function CaseFacts({ c, extra }: { c: MyCaseSummary; extra?: { label: string; value: string; testId?: string }[] }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const rows = [
    { label: t('number'), value: c.number, testId: 'my-case-number' },
    ...(extra ?? []),
    { label: t('receivedAt'), value: formatDateTime(c.receivedAt) },
    ...(c.acceptedAt ? [{ label: t('acceptedAt'), value: formatDateTime(c.acceptedAt) }] : []),
    ...(c.concludedAt ? [{ label: t('concludedAt'), value: formatDateTime(c.concludedAt) }] : []),
    ...(!extra && c.promisedDue ? [{ label: t('promisedDue'), value: c.promisedDue, testId: 'my-case-due' }] : []),
  ] as { label: string; value: string; testId?: string }[];
  return (
    <dl className="ow-case-facts">
      {rows.map((r) => (
        <Fragment key={r.label}>
          <dt>{r.label}</dt>
          <dd data-testid={r.testId}>{r.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** /portal/cases: the signed-in citizen's cases, newest first. */
export function MyCasesPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  useDocumentTitle(t('title'), i18n.t('portal.title'));
  const me = useCitizen();
  const cases = useMyCases(!!me.data);
  if (me.isPending) return <Skeleton active />;
  if (!me.data) return <Navigate to="/portal/sign-in?next=/portal/cases" replace />;
  return (
    <section className="ow-my-cases" data-testid="my-cases">
      <h1 className="ow-cases-title">{t('title')}</h1>
      {!me.data.verified ? (
        <Alert
          type="info"
          showIcon
          title={t('notVerified')}
          action={
            <Link to="/portal/me">
              <Button type="primary">{t('goVerify')}</Button>
            </Link>
          }
          data-testid="my-cases-not-verified"
        />
      ) : (
        <p className="ow-muted">{t('intro')}</p>
      )}
      {cases.error && <Alert type="error" showIcon title={errorText(cases.error, t('loadFailed'))} />}
      {cases.isPending && me.data.verified && <Skeleton active />}
      {cases.data && cases.data.items.length === 0 && me.data.verified && <Empty description={t('none')} />}
      <ul className="ow-case-list">
        {cases.data?.items.map((c) => (
          <li key={c.id} className="ow-panel ow-case-card" data-testid="my-case-item" data-number={c.number}>
            <Link to={`/portal/cases/${c.id}`} className="ow-case-link">
              <strong className="ow-case-item">{c.itemName}</strong>
              <CaseTags c={c} />
              <CaseFacts c={c} />
              <span className="ow-case-open">{t('open')} →</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
