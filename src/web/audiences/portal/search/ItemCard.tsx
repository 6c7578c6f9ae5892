import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseTypes } from '../../../../domain/catalog/code-tables.ts';
import type { PortalItem } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';

/** One search result: what it is, who handles it, and the promises that matter to a visitor. */
export function ItemCard({ item, level = 2 }: { item: Pick<PortalItem, 'itemId' | 'name' | 'subItemName' | 'implementingBody' | 'visits' | 'promisedLimit' | 'caseType' | 'online'>; level?: 2 | 3 }) {
  const Title = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li>
      <Link to={`/portal/items/${item.itemId}`} className="ow-item" data-testid="portal-item">
        <Title className="ow-item-title">{item.name}</Title>
        {item.subItemName && <p className="ow-sub">{item.subItemName}</p>}
        <p className="ow-meta">{item.implementingBody || '—'}</p>
        <span className="ow-row">
          <span className="ow-badge ow-badge--visits">{f.visits(item.visits)}</span>
          {item.promisedLimit && (
            <span className="ow-badge ow-badge--limit">
              {item.promisedLimit.unit === 'instant' ? t('portal.item.instant') : t('portal.item.promised', { limit: f.limit(item.promisedLimit) })}
            </span>
          )}
          <span className="ow-badge ow-badge--type">{f.label(caseTypes, item.caseType)}</span>
          {item.online && <span className="ow-badge ow-badge--online">{t('portal.item.online')}</span>}
        </span>
      </Link>
    </li>
  );
}
