import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ItemCard } from '../search/ItemCard.tsx';
import { bundleApplyUrl, usePortalBundle, type PortalBundle } from '../shared/api.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { BackButton, RecordGate } from '../shared/pageParts.tsx';

function Materials({ bundle }: { bundle: PortalBundle }) {
  const { t } = useTranslation();
  return (
    <section className="ow-panel" aria-labelledby="b-materials" data-testid="bundle-materials">
      <h2 id="b-materials">{t('portal.bundle.materials')}</h2>
      <p className="ow-small ow-muted">{t('portal.bundle.materialsHint')}</p>
      <ol className="ow-plain ow-materials">
        {bundle.materials.map((m, i) => (
          <li key={m.name} className="ow-material" data-testid="bundle-material">
            <h3>
              <span className="ow-num" aria-hidden>
                {i + 1}
              </span>
              <span>{m.name}</span>
            </h3>
            <div className="ow-row" style={{ marginTop: 6 }}>
              <span className={`ow-badge ${m.required ? 'ow-badge--warn' : 'ow-badge--type'}`}>{m.required ? t('portal.bundle.required') : t('portal.bundle.optional')}</span>
              {m.exemptWhenShared && <span className="ow-badge ow-badge--visits">{t('portal.bundle.exempt')}</span>}
              {m.itemIds.length > 1 && <span className="ow-badge ow-badge--online">{t('portal.bundle.sharedBy', { count: m.itemIds.length })}</span>}
              {m.issuingBody && <span className="ow-small ow-muted">{m.issuingBody}</span>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 一件事: its items, the materials once each, the one form, and 在线申请 for all of them. */
export function BundlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const bundle = usePortalBundle(id);
  useDocumentTitle(bundle.data?.name, t('portal.title'));

  if (!bundle.data) return <RecordGate query={bundle} missingTitle={t('portal.bundle.notFound')} rows={10} />;
  const b = bundle.data;
  const apply = (testId: string) => (
    <div className="ow-bundle-apply">
      <Link to={bundleApplyUrl(b)} className="ow-apply-link" data-testid={testId}>
        <FormOutlined aria-hidden /> {t('portal.bundle.apply')}
      </Link>
      <p className="ow-small ow-muted">{t('portal.bundle.applyHint')}</p>
    </div>
  );
  return (
    <article data-testid="bundle">
      <BackButton label={t('portal.bundle.back')} />
      <header className="ow-panel">
        <p className="ow-small" style={{ color: '#a40e26', fontWeight: 600 }}>
          {t('portal.bundle.section')}
        </p>
        <h1 data-testid="bundle-title">{b.name}</h1>
        {b.description && <p>{b.description}</p>}
        {apply('bundle-apply')}
      </header>
      <section className="ow-panel" aria-labelledby="b-items">
        <h2 id="b-items">
          {t('portal.bundle.items')}（{b.items.length}）
        </h2>
        <p className="ow-small ow-muted">{t('portal.bundle.itemsHint')}</p>
        <ul className="ow-plain ow-results" data-testid="bundle-items">
          {b.items.map((i) => (
            <ItemCard key={i.itemId} item={i} level={3} />
          ))}
        </ul>
      </section>
      <Materials bundle={b} />
      <section className="ow-panel" aria-labelledby="b-form">
        <h2 id="b-form">{t('portal.bundle.form')}</h2>
        <p>{b.form.fields.length > 0 ? t('portal.bundle.formHint', { count: b.form.fields.length }) : t('portal.bundle.noForm')}</p>
        {apply('bundle-apply-bottom')}
      </section>
    </article>
  );
}
