import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MaterialFileInfo } from '../../../../domain/catalog/files.ts';
import type { PortalGuide } from '../shared/api.ts';
import { Section } from './Section.tsx';

type Material = PortalGuide['materials'][number];

/** 空白表格 / 样表 downloads of a material (published files only). */
function Files({ files, label }: { files: MaterialFileInfo[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {files.map((f) => (
          <a key={f.id} href={`/api/v1/portal/files/${f.id}`} download={f.fileName} style={{ marginRight: 12 }} data-testid="guide-material-file">
            <DownloadOutlined /> {f.fileName}
          </a>
        ))}
      </dd>
    </>
  );
}

function MaterialEntry({ m, n, files }: { m: Material; n: number; files: MaterialFileInfo[] }) {
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
        <Files files={files.filter((f) => f.kind === 'blank')} label="空白表格下载" />
        <Files files={files.filter((f) => f.kind === 'sample')} label="样表下载" />
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
            <MaterialEntry key={m.id} m={m} n={i + 1} files={(guide.files ?? []).filter((f) => f.materialId === m.id)} />
          ))}
        </ol>
      )}
    </Section>
  );
}
