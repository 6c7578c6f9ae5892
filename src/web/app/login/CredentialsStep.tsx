import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Json } from '../../../contract/common.ts';
import type { SignInResult } from '../../../contract/identity.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface Credentials {
  username: string;
  password: string;
}

/** Step 1: username and password. The server decides whether a second factor follows. */
export function CredentialsStep({ onSignedIn, onTwoFactor }: { onSignedIn: () => void; onTwoFactor: () => void }) {
  const { t } = useTranslation();
  const signIn = useMutation({
    mutationFn: (body: Credentials) => api<Json<typeof SignInResult>>('/auth/sign-in', { body }),
    onSuccess: (r) => (r.status === 'two-factor-required' ? onTwoFactor() : onSignedIn()),
  });
  return (
    <Form<Credentials> layout="vertical" size="large" onFinish={(v) => signIn.mutate(v)} requiredMark={false} name="sign-in">
      <ErrorAlert error={signIn.error} style={{ marginBottom: 16 }} />
      <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="username" />
      </Form.Item>
      <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="sign-in-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
