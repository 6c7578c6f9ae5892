import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import './messages.ts';

export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('common.forbidden')} />;
}
