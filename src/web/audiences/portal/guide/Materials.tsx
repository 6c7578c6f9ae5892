import { useTranslation } from 'react-i18next';
import type { PortalGuide } from '../shared/api.ts';
import { Section } from './Section.tsx';

type Material = PortalGuide['materials'][number];

function MaterialEntry({ m, n }: { m: Material; n: number }) {
  const { t } = useTranslation();
  const counts = [m.originals > 0 ? t('portal.guide.material.originals', { count: m.originals }) : '', m.copies > 0 ? t('portal.guide.material.copies', { count: m.copies }) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <li className="ow-material" data-testid="guide-material">
      <h3>
        <span className="ow-num" aria-hidden>
          {n}
        </span>
        <span>{m.name}</span>
      </h3>
      <div className="ow-row" style={{ marginTop: 6 }}>
        <span className={`ow-badge ${m.required ? 'ow-badge--warn' : 'ow-badge--type'}`}>{m.required ? t('portal.guide.material.required') : t('portal.guide.material.optional')}</span>
        {counts && <span className="ow-small">{counts}</span>}
        {m.waivable && (
<span className="ow-badge ow-badge--limit">{t('portal.guide.material.waivable')}</span>
        )}
        {m.exemptWhenShared && (
<span className="ow-badge ow-badge--visits">{t('portal.guide.material.exempt')}</span>
        )}
      </div>
      <dl>
        {m.issuingBody && (
          <>
            <dt>{t('portal.guide.material.issuedBy')}</dt>
            <dd>{m.issuingBody}</dd>
          </>
        )}
        {m.blankFormFile && (
          <>
            <dt>{t('portal.guide.material.blankForm')}</dt>
            <dd>{m.blankFormFile}</dd>
          </>
        )}
        {m.sampleFile && (
          <>
            <dt>{t('portal.guide.material.sample')}</dt>
            <dd>{m.sampleFile}</dd>
          </>
        )}
        {m.fillGuide && (
          <>
            <dt>{t('portal.guide.material.fillGuide')}</dt>
            <dd>{m.fillGuide}</dd>
          </>
        )}
        {m.waivable && (
          <>
            <dt>{t('portal.guide.material.waivable')}</dt>
            <dd>{t('portal.guide.material.waivableHint')}</dd>
          </>
        )}
        {m.exemptWhenShared && (
          <>
            <dt>{t('portal.guide.material.exempt')}</dt>
            <dd>{t('portal.guide.material.exemptHint')}</dd>
          </>
        )}
      </dl>
      {m.notes && <p className="ow-small ow-muted" style={{ marginTop: 4 }}>{m.notes}</p>}
    </li>
  );
}

/** 申请材料: each with originals and copies, required or not, 可容缺 / 免提交, forms and samples. */
export function Materials({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  return (
    <Section id="materials" extra={guide.materials.length > 0 && <span className="ow-small ow-muted">{t('portal.guide.material.count', { count: guide.materials.length })}</span>}>
      {guide.materials.length === 0 ? (
        <p>{t('portal.guide.material.none')}</p>
      ) : (
        <ol className="ow-materials">
          {guide.materials.map((m, i) => (
            <MaterialEntry key={m.id} m={m} n={i + 1} />
          ))}
        </ol>
      )}
    </Section>
  );
}
