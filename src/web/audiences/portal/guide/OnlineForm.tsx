// 在线申请 (issue #19): an online-capable item's guide leads to the apply wizard, where the form
// is filled in, the materials photographed, and the application sent for the window's pre-review.
import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../online/LinkButton.tsx';
import { applyLink } from '../online/wizard.ts';
import type { PortalGuide } from '../shared/api.ts';
import '../online/messages.ts';

/** Items marked 网上办理 (or offering the online channel) can be applied for online. */
export function canApplyOnline(g: Pick<PortalGuide, 'online' | 'channels'>): boolean {
  return g.online || g.channels.includes('online');
}

export function ApplyButton({ guide, block }: { guide: PortalGuide; block?: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  if (!canApplyOnline(guide)) return null;
  return (
    <LinkButton to={applyLink([guide.itemId])} type="primary" size="large" icon={<FormOutlined />} block={block} data-testid="guide-apply">
      {t('apply')}
    </LinkButton>
  );
}

export function OnlineForm({ guide }: { guide: PortalGuide }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  if (!canApplyOnline(guide)) return null;
  return (
    <section id="g-online-form" className="ow-panel ow-section" aria-labelledby="g-online-form-h" data-testid="guide-online-form">
      <h2 id="g-online-form-h">{t('apply')}</h2>
      <p className="ow-small ow-muted" style={{ marginBottom: 12 }}>
        {t('applyHint')}
      </p>
      <ApplyButton guide={guide} block />
    </section>
  );
}
