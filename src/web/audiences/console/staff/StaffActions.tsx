import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan, useCommand, useMe } from '../shared/hooks.ts';
import { errorText } from '../shared/serverErrors.ts';
import type { Staff } from '../shared/types.ts';
import { useToggleActive } from '../shared/useToggleActive.tsx';

export type StaffDialog = 'view' | 'edit' | 'password' | 'roles';

/**
 * The actions on one account, each shown only to the administrator who holds it (三权分立):
 * accounts and passwords to staff.manage, roles, unlocking and second factors to staff.roles.
 */
export function StaffActions({ s, open }: { s: Staff; open: (dialog: StaffDialog, s: Staff) => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const can = useCan();
  const { data: me } = useMe();
  const command = useCommand('/staff');
  const toggle = useToggleActive('/staff', 'staff');
  const self = me?.staffId === s.id;

  const confirmed = (title: string, content: string, action: string, done: string) =>
    modal.confirm({
      title,
      content,
      okText: t('console.common.confirm'),
      cancelText: t('console.common.cancel'),
      onOk: async () => {
        try {
          await command.mutateAsync({ id: s.id, action });
          message.success(done);
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  const items: MenuProps['items'] = [];
  if (can('staff.manage')) items.push({ key: 'password', label: t('console.staff.resetPassword'), onClick: () => open('password', s) });
  if (can('staff.roles') && !self) items.push({ key: 'roles', label: t('console.staff.editRoles'), onClick: () => open('roles', s) });
  if (can('staff.roles') && s.locked)
    items.push({
      key: 'unlock',
      label: t('console.staff.unlock'),
      onClick: () =>
        confirmed(t('console.staff.confirmUnlock', { name: s.name }), t('console.staff.unlockHint'), 'unlock', t('console.staff.unlocked')),
    });
  if (can('staff.roles') && s.twoFactorEnabled)
    items.push({
      key: '2fa',
      label: t('console.staff.resetTwoFactor'),
      onClick: () =>
        confirmed(
          t('console.staff.confirmTwoFactor', { name: s.name }),
          t('console.staff.twoFactorHint'),
          'two-factor-reset',
          t('console.staff.twoFactorReset'),
        ),
    });
  if (can('staff.manage') && !self)
    items.push(
      { type: 'divider' },
      {
        key: 'active',
        danger: s.active,
        label: s.active ? t('console.common.deactivate') : t('console.common.activate'),
        onClick: () => toggle(s, s.name),
      },
    );

  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={() => open('view', s)}>
        {t('console.staff.view')}
      </Button>
      {can('staff.manage') && (
        <Button type="link" size="small" onClick={() => open('edit', s)}>
          {t('console.common.edit')}
        </Button>
      )}
      {items.length > 0 && (
        <Dropdown menu={{ items }} trigger={['click']}>
          <Button type="link" size="small" aria-label={t('console.common.more')}>
            {t('console.common.more')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
