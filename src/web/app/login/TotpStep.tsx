import { useMutation } from '@tanstack/react-query';
import { Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CodeInput, codeRule } from './CodeInput.tsx';

/** Step 2 for accounts with a second factor: the current code from the authenticator app. */
export function TotpStep({ onSignedIn, onBack }: { onSignedIn: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const verify = useMutation({
    mutationFn: (code: string) => api('/auth/two-factor/verify', { body: { code } }),
    onSuccess: onSignedIn,
  });
  return (
    <Form<{ code: string }> layout="vertical" size="large" onFinish={(v) => verify.mutate(v.code)} requiredMark={false} name="totp">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('login.totp.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('login.totp.hint')}</Typography.Paragraph>
      <ErrorAlert error={verify.error} style={{ marginBottom: 16 }} />
      <Form.Item name="code" label={t('login.totp.code')} rules={[codeRule(t('login.codeFormat'))]}>
        <CodeInput autoFocus data-testid="totp-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={verify.isPending} data-testid="totp-submit">
        {t('login.totp.submit')}
      </Button>
      <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
        {t('login.back')}
      </Button>
    </Form>
  );
}
