import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function StatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t('console.common.active')}</Tag> : <Tag>{t('console.common.inactive')}</Tag>;
}
