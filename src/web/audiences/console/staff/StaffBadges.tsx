import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { adminRoles } from '../../../../domain/access/index.ts';
import { StatusTag } from '../shared/StatusTag.tsx';
import type { Staff } from '../shared/types.ts';

/** What an administrator must notice about an account at a glance. */
export function StaffBadges({ s }: { s: Staff }) {
  const { t } = useTranslation();
  const isAdmin = s.roles.some((r) => adminRoles.includes(r));
  return (
    <Space size={[0, 4]} wrap>
      <StatusTag active={s.active} />
      {s.locked && (
        <Tooltip title={t('console.staff.lockedHint')}>
          <Tag color="red">{t('console.staff.locked')}</Tag>
        </Tooltip>
      )}
      {s.twoFactorEnabled && <Tag color="blue">{t('console.staff.twoFactorOn')}</Tag>}
      {/* Administrators cannot work until they enrol a second factor. */}
      {isAdmin && !s.twoFactorEnabled && <Tag color="orange">{t('console.staff.twoFactorMissing')}</Tag>}
      {s.mustChangePassword && <Tag color="gold">{t('console.staff.mustChange')}</Tag>}
    </Space>
  );
}
