import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SpecialStepsPanel } from './SpecialStepsPanel.tsx';

/** /workbench/special/:caseId — the special steps of one case, for a department that co-signs its joint inspection. */
export function SpecialPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.inbox' });
  const { caseId } = useParams();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="special-page">
      <Link to="/workbench/inbox">
        <Button size="small">{t('back')}</Button>
      </Link>
      <SpecialStepsPanel caseId={caseId!} />
    </Space>
  );
}
