import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialFileInfo } from '../../../../domain/catalog/files.ts';
import { materialsForAnswers, type SituationAnswers } from '../../../../domain/catalog/index.ts';
import { AddedConditions, SituationPicker } from '../../../features/situations/index.ts';
import type { PortalGuide } from '../shared/api.ts';
import { Section } from './Section.tsx';

type Material = PortalGuide['materials'][number];

/**
 * 空白表格 / 材料样本 of a material: the published files as downloads; the name the guide
 * gives only when no file of that kind is uploaded, saying it is to be had at the window.
 */
function Files({ files, named, label, kind }: { files: MaterialFileInfo[]; named: string; label: string; kind: string }) {
  const { t } = useTranslation();
  if (files.length === 0 && !named) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {files.length === 0
          ? t('portal.guide.material.atWindow', { name: named })
          : files.map((f) => (
              <a
                key={f.id}
                href={`/api/v1/portal/files/${f.id}`}
                download={f.fileName}
                aria-label={t('portal.guide.material.download', { name: f.fileName })}
                style={{ marginRight: 12 }}
                data-testid="guide-material-file"
                data-kind={kind}
              >
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
        <Files files={files.filter((f) => f.kind === 'blank')} named={m.blankFormFile} label={t('portal.guide.material.blankForm')} kind="blank" />
        <Files files={files.filter((f) => f.kind === 'sample')} named={m.sampleFile} label={t('portal.guide.material.sample')} kind="sample" />
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

/**
 * 申请材料: each with originals and copies, required or not, 可容缺 / 免提交, forms and samples.
 * With 情形引导 the visitor answers first and the list narrows to what they must bring.
 */
export function Materials({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<SituationAnswers>({});
  // Only the options' conditions: the guide's own 受理条件 has its section above.
  const tailored = materialsForAnswers({ situations: guide.situations, materials: guide.materials, acceptanceConditions: '' }, answers);
  const shown = tailored.materials;
  return (
    <Section id="materials" extra={shown.length > 0 && <span className="ow-small ow-muted">{t('portal.guide.material.count', { count: shown.length })}</span>}>
      <SituationPicker situations={guide.situations} answers={answers} onChange={setAnswers} testId="guide-situation" />
      {tailored.answered.length > 0 && (
        <p className="ow-small" data-testid="guide-situation-summary">
          {t('situations.tailored', { count: shown.length, dropped: tailored.dropped.length })}
        </p>
      )}
      {guide.materials.length === 0 ? (
        <p>{t('portal.guide.material.none')}</p>
      ) : (
        <ol className="ow-materials">
          {shown.map((m, i) => (
            <MaterialEntry key={m.id} m={m} n={i + 1} files={(guide.files ?? []).filter((f) => f.materialId === m.id)} />
          ))}
        </ol>
      )}
      {tailored.dropped.length > 0 && (
        <p className="ow-small ow-muted" data-testid="guide-situation-dropped">
          {t('situations.dropped')}：{tailored.dropped.map((d) => d.material.name).join('、')}
        </p>
      )}
      <AddedConditions conditions={tailored.conditions} />
    </Section>
  );
}
