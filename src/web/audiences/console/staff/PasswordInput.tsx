import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStrongPassword } from '../../../../domain/access/index.ts';
import { generatePassword } from './password.ts';

/** A visible password field with a "generate" button: it is a temporary one to hand over. */
export function PasswordInput({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        maxLength={128}
        autoComplete="new-password"
        style={{ fontFamily: 'monospace' }}
      />
      <Button onClick={() => onChange?.(generatePassword())}>{t('console.staff.generate')}</Button>
    </Space.Compact>
  );
}

export function usePasswordRules() {
  const { t } = useTranslation();
  return [
    { required: true, message: t('console.common.required') },
    {
      validator: async (_: unknown, v?: string) => {
        // The same policy the server applies (domain/access/password-policy).
        if (v && !isStrongPassword(v)) throw new Error(t('console.staff.weakPassword'));
      },
    },
  ];
}
