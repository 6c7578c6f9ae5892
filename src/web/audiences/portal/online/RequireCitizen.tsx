import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LinkButton } from './LinkButton.tsx';
import type { CitizenMe } from '../../../../contract/citizen.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useCitizen } from '../account/api.ts';
import './messages.ts';


/** Online applications are for a signed-in, real-name verified citizen: others are sent to sign in or to verify. */
export function RequireCitizen({ verified = false, children }: { verified?: boolean; children: (me: CitizenMe) => ReactNode }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const me = useCitizen();
  const where = useLocation();
  if (me.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (me.error) return <Alert type="error" showIcon title={errorText(me.error, t('failed'))} />;
  if (!me.data) return <Navigate to={`/portal/sign-in?next=${encodeURIComponent(where.pathname + where.search)}`} replace />;
  if (verified && !me.data.verified)
    return (
      <section className="ow-panel ow-section" data-testid="apply-must-verify">
        <h1 style={{ marginBottom: 8 }}>{t('applyTitle')}</h1>
        <p style={{ marginBottom: 12 }}>{t('mustVerify')}</p>
        <LinkButton to="/portal/me" type="primary" size="large" block data-testid="apply-go-verify">
          {t('goVerify')}
        </LinkButton>
      </section>
    );
  return <>{children(me.data)}</>;
}
