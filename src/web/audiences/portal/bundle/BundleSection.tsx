import { AppstoreOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { usePortalBundles, type PortalBundleSummary } from '../shared/api.ts';

/** Bundles whose name, description or items hold every word of the search. */
function matches(b: PortalBundleSummary, q: string): boolean {
  const text = [b.name, b.description, ...b.items.map((i) => i.name)].join(' ').toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w));
}

/**
 * 一件事一次办: on the home page every published bundle, what it holds at a glance; on the
 * search page (`q`) the ones the words match, or nothing.
 */
export function BundleSection({ q }: { q?: string }) {
  const { t } = useTranslation();
  const bundles = usePortalBundles();
  if (q !== undefined && !bundles.isSuccess) return null;
  const shown = (bundles.data?.items ?? []).filter((b) => q === undefined || matches(b, q));
  if (bundles.isSuccess && shown.length === 0) return null;
  return (
    <section className="ow-panel" aria-labelledby="portal-bundles" data-testid="home-bundles">
      <h2 id="portal-bundles">{t('portal.bundle.section')}</h2>
      {q === undefined && (
        <p className="ow-small ow-muted" style={{ marginTop: -6 }}>
          {t('portal.bundle.sectionHint')}
        </p>
      )}
      <ErrorAlert error={bundles.error} />
      {bundles.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <ul className="ow-plain ow-bundles">
          {shown.map((b) => (
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
