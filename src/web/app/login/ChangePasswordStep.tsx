import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, MIN_PASSWORD_LENGTH } from '../../../domain/access/index.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * First sign-in with an issued password: the account must choose its own before anything
 * else. The policy check is the domain's own, so the form refuses exactly what the server would.
 */
export function ChangePasswordStep({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) => api('/auth/password', { body: { currentPassword, newPassword } }),
    onSuccess: onChanged,
  });
  return (
    <Form<Values> layout="vertical" size="large" onFinish={(v) => change.mutate(v)} requiredMark={false} name="change-password">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('login.change.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('login.change.policy', { min: MIN_PASSWORD_LENGTH })} style={{ marginBottom: 16 }} />
      <ErrorAlert error={change.error} style={{ marginBottom: 16 }} />
      <Form.Item name="currentPassword" label={t('login.change.current')} rules={[{ required: true, message: t('login.required') }]}>
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('login.change.new')}
        rules={[
          { required: true, message: t('login.required') },
          { validator: async (_, v: string) => (!v || isStrongPassword(v) ? undefined : Promise.reject(new Error(t('login.change.weak')))) },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('login.change.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('login.required') },
          ({ getFieldValue }) => ({
            validator: async (_, v: string) => (!v || v === getFieldValue('newPassword') ? undefined : Promise.reject(new Error(t('login.change.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending} data-testid="change-password-submit">
        {t('login.change.submit')}
      </Button>
    </Form>
  );
}
