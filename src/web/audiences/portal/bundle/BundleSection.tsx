import { AppstoreOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { usePortalBundles } from '../shared/api.ts';

/** 一件事一次办 on the home page: every published bundle, what it holds at a glance. */
export function BundleSection() {
  const { t } = useTranslation();
  const bundles = usePortalBundles();
  if (bundles.isSuccess && bundles.data.items.length === 0) return null;
  return (
    <section className="ow-panel" aria-labelledby="portal-bundles" data-testid="home-bundles">
      <h2 id="portal-bundles">{t('portal.bundle.section')}</h2>
      <p className="ow-small ow-muted" style={{ marginTop: -6 }}>
        {t('portal.bundle.sectionHint')}
      </p>
      <ErrorAlert error={bundles.error} />
      {bundles.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <ul className="ow-plain ow-bundles">
          {(bundles.data?.items ?? []).map((b) => (
            <li key={b.id}>
              <Link to={`/portal/bundles/${b.id}`} className="ow-bundle" data-testid="portal-bundle">
                <AppstoreOutlined aria-hidden className="ow-bundle-icon" />
                <span>
                  <strong className="ow-bundle-name">{b.name}</strong>
                  <span className="ow-small ow-muted ow-bundle-items">
                    {t('portal.bundle.itemCount', { count: b.items.length })}：{b.items.map((i) => i.name).join('、')}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
