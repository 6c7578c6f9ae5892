import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseTypes } from '../../../../domain/catalog/code-tables.ts';
import { guidePdfUrl, type PortalGuide } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { ShareButton } from './ShareButton.tsx';
import { ApplyButton, canApplyOnline } from './OnlineForm.tsx';

/** Name, codes, the four facts a visitor weighs first, and the PDF and share actions. */
export function GuideHeader({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = [
    [t('portal.guide.codes.basic'), guide.basicCode],
    [t('portal.guide.codes.implementation'), guide.implementationCode],
    [t('portal.guide.codes.local'), guide.localCode],
    [t('portal.guide.codes.subItem'), guide.subItemCode],
  ].filter(([, v]) => v);
  const firstFee = guide.fee.items[0];
  const fee = !guide.fee.charged ? t('portal.guide.fee.free') : firstFee?.kind === 'fixed' && guide.fee.items.length === 1 ? f.money(firstFee.amountFen) : t('portal.guide.section.fees');
  const facts = [
    [t('portal.guide.facts.promised'), f.limit(guide.promisedLimit)],
    [t('portal.guide.facts.visits'), f.visits(guide.visits)],
    [t('portal.guide.facts.fee'), fee],
    [t('portal.guide.facts.caseType'), f.label(caseTypes, guide.caseType)],
  ];
  return (
    <header className="ow-panel ow-guide-head">
      <p className="ow-small" style={{ color: '#a40e26', fontWeight: 600 }}>
        {guide.implementingBody}
      </p>
      <h1 data-testid="guide-title">{guide.name}</h1>
      {guide.subItemName && (
        <p style={{ marginBottom: 4 }}>
          <span className="ow-muted">
            {t('portal.guide.subItem')}
            {t('portal.guide.colon')}
          </span>
          {guide.subItemName}
        </p>
      )}
      <p className="ow-codes">
        {codes.map(([k, v]) => (
          <span key={k} style={{ marginRight: 12, display: 'inline-block' }}>
            {k}
            {t('portal.guide.colon')}
            {v}
          </span>
        ))}
      </p>
      <div className="ow-row" style={{ marginTop: 8 }}>
        {guide.online && <span className="ow-badge ow-badge--online">{t('portal.item.online')}</span>}
        {guide.appointment && <span className="ow-badge ow-badge--type">{t('portal.item.appointment')}</span>}
      </div>
      <dl className="ow-facts">
        {facts.map(([k, v]) => (
          <div key={k} className="ow-fact">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="ow-actions">
        {/* issue #19: 在线申请 first, for the items that can be applied for online */}
        <ApplyButton guide={guide} />
        <Button type={canApplyOnline(guide) ? 'default' : 'primary'} size="large" icon={<DownloadOutlined />} href={guidePdfUrl(guide.itemId)} download data-testid="guide-pdf">
          {t('portal.guide.download')}
        </Button>
        <ShareButton itemId={guide.itemId} title={guide.name} />
      </div>
    </header>
  );
}
