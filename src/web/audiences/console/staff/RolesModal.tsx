import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/access/index.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { useCommand } from '../shared/hooks.ts';
import type { Staff } from '../shared/types.ts';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

/** The security administrator's roles editor, the only place administrator roles are granted. */
export function RolesModal({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useCommand('/staff');
  return (
    <FormModal<{ roles: Role[] }>
      width={640}
      title={t('console.staff.rolesTitle', { name: staff.name })}
      onClose={onClose}
      onSubmit={(v) => command.mutateAsync({ id: staff.id, action: 'roles', method: 'PUT', body: { roles: v.roles } })}
      successText={t('console.staff.rolesSaved')}
      codeFields={{ FORBIDDEN: 'roles' }}
      initialValues={{ roles: staff.roles }}
    >
      <Alert type="info" showIcon title={t('console.staff.rolesHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('console.staff.rolesRequired') }]}>
        <RoleCheckboxes withAdmins />
      </Form.Item>
    </FormModal>
  );
}
