import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useCommand } from '../shared/hooks.ts';
import type { Staff } from '../shared/types.ts';
import { generatePassword } from './password.ts';
import { PasswordInput, usePasswordRules } from './PasswordInput.tsx';

/** Set a temporary password: the person must change it at the next sign-in. */
export function PasswordModal({ staff, onClose }: { staff: Staff; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useCommand('/staff');
  const rules = usePasswordRules();
  return (
    <FormModal<{ temporaryPassword: string }>
      title={t('console.staff.resetPasswordTitle', { name: staff.name })}
      onClose={onClose}
      onSubmit={(v) => command.mutateAsync({ id: staff.id, action: 'password-reset', body: { temporaryPassword: v.temporaryPassword } })}
      successText={t('console.staff.passwordReset')}
      codeFields={{ WEAK_PASSWORD: 'temporaryPassword' }}
      initialValues={{ temporaryPassword: generatePassword() }}
    >
      <Alert type="warning" showIcon title={t('console.staff.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="temporaryPassword" label={t('console.staff.temporaryPassword')} rules={rules}>
        <PasswordInput />
      </Form.Item>
    </FormModal>
  );
}
