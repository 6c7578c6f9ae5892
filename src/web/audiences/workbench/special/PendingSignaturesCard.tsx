import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format.ts';
import { usePendingSignatures } from './api.ts';
import './messages.ts';

/** 待会签: joint inspection records of other departments' cases that wait for this department's signature. */
export function PendingSignaturesCard() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbenchSpecial' });
  const q = usePendingSignatures(true);
  if (!q.data?.items.length) return null;
  return (
    <Card size="small" title={`${t('tabs.inspection')} · ${t('sign')}`} data-testid="pending-signatures">
      <List
        size="small"
        dataSource={q.data.items}
        renderItem={(i) => (
          <List.Item>
            <Link to={`/workbench/special/${i.caseId}`} data-testid="pending-signature">
              {i.number} · {i.caseNumber} · {i.place}
            </Link>
            <span>
              {i.createdByName} {formatDateTime(i.createdAt)}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
