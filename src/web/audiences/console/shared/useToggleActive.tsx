import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCommand } from './hooks.ts';
import { errorText } from './serverErrors.ts';

/**
 * Activate or deactivate a record (nothing is ever deleted). Deactivation asks first and says
 * what it means for this kind of record; activation does not, as it takes nothing away.
 */
export function useToggleActive(path: string, section: string) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const command = useCommand(path);
  return (row: { id: string; active: boolean }, label: string) => {
    const run = async () => {
      try {
        await command.mutateAsync({ id: row.id, action: 'active', body: { active: !row.active } });
        message.success(t(row.active ? 'console.common.deactivated' : 'console.common.activated', { name: label }));
      } catch (err) {
        message.error(errorText(err));
      }
    };
    if (!row.active) return void run();
    modal.confirm({
      title: t('console.common.confirmDeactivate', { name: label }),
      content: t(`console.${section}.deactivateHint`),
      okText: t('console.common.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('console.common.cancel'),
      onOk: run,
    });
  };
}
