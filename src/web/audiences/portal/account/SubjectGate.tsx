import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { CitizenMe } from '../../../../contract/citizen.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useCitizen } from './api.ts';
import './subjects-messages.ts';
import './subjects.css';

/** The frame of /portal/me/enterprises and /portal/me/mandates: signed in first, verified to change anything. */
export function SubjectGate(props: { path: string; title: string; intro: string; testId: string; children: (me: CitizenMe) => ReactNode }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  useDocumentTitle(props.title, i18n.t('portal.title'));
  const me = useCitizen();
  if (me.isPending) return <Skeleton active />;
  if (me.error) return <Alert type="error" showIcon title={errorText(me.error, t('failed'))} />;
  if (!me.data) return <Navigate to={`/portal/sign-in?next=${props.path}`} replace />;
  return (
    <section className="ow-panel ow-section" style={{ maxWidth: 560, margin: '0 auto' }} data-testid={props.testId}>
      <p style={{ margin: 0 }}>
        <Link to="/portal/me">‹ {t('backToAccount')}</Link>
      </p>
      <h1 style={{ fontSize: 22 }}>{props.title}</h1>
      <p className="ow-muted">{props.intro}</p>
      {!me.data.verified && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          title={t('needVerified')}
          action={<Link to="/portal/me">{t('toAccount')}</Link>}
        />
      )}
      {props.children(me.data)}
    </section>
  );
}
