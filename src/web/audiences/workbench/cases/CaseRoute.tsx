import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseView } from '../../../features/case/index.ts';
import { DeliveryCard } from '../../../features/delivery/index.ts';
import { FeeCard } from '../../../features/fee/index.ts';

/** /workbench/cases/:id — the case page, with the way back to the lists. */
export function CaseRoute() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.cases' });
  const { id } = useParams();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Link to="/workbench/cases">
        <Button size="small">{t('back')}</Button>
      </Link>
      <CaseView key={id} id={id!} />
      {/* issue #18: how and when the result left, and the window's hand-out */}
      <DeliveryCard key={`delivery-${id}`} caseId={id!} />
      {/* 收费 (issue #18): the fee status and notices of this case */}
      <FeeCard key={`fee-${id}`} caseId={id!} />
    </Space>
  );
}
