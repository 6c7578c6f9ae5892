import { Alert, Result, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { LinkButton } from './LinkButton.tsx';
import { useCreateApplication } from './api.ts';
import { RequireCitizen } from './RequireCitizen.tsx';
import { parseApplyQuery } from './wizard.ts';

/** Creates the draft once, then opens it (replacing this address: Back does not create another). */
function Create({ itemIds, bundleId }: { itemIds: string[]; bundleId?: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const create = useCreateApplication();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    create
      .mutateAsync({ itemIds, subject: { kind: 'self' }, ...(bundleId ? { bundleId } : {}) })
      .then((d) => navigate(`/portal/apply/${d.id}`, { replace: true }))
      .catch(() => {});
  }, [create, itemIds, bundleId, navigate]);
  if (create.error)
    return (
      <section className="ow-panel">
        <Alert type="error" showIcon title={errorText(create.error, t('failed'))} data-testid="apply-create-error" />
        <p style={{ marginTop: 12 }}>
          <Link to={itemIds.length === 1 ? `/portal/items/${itemIds[0]}` : '/portal'}>{t('backToGuide')}</Link>
        </p>
      </section>
    );
  return (
    <section className="ow-panel" style={{ textAlign: 'center' }} aria-busy>
      <Spin />
      <p style={{ marginTop: 8 }}>{t('creating')}</p>
    </section>
  );
}

/** /portal/apply?items=<id>,<id>&bundle=<id>: a guide's 在线申请 or a 一件事 bundle's link. */
export function ApplyStartPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  useDocumentTitle(t('applyTitle'), i18n.t('portal.title'));
  const [params] = useSearchParams();
  const query = parseApplyQuery(params);
  if (!query)
    return (
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 20 }}>{t('badLink')}</h1>}
        extra={
          <LinkButton to="/portal/search" type="primary">
            {t('list.find')}
          </LinkButton>
        }
      />
    );
  return <RequireCitizen verified>{() => <Create itemIds={query.itemIds} bundleId={query.bundleId} />}</RequireCitizen>;
}
