import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TwoFactorSetup as Enrolment } from '../../../contract/identity.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { CodeInput, codeRule } from './CodeInput.tsx';

// Secrets and codes are copied by hand: a monospace block keeps 0/O and 1/l apart.
const mono = { fontFamily: 'monospace', fontSize: 15, wordBreak: 'break-all', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' } as const;


/**
 * Administrators enrol a TOTP second factor at their first sign-in (三权分立 accounts hold
 * the keys to everything). The password is asked again so an unattended session cannot
 * bind someone else's phone.
 */
export function EnrolTotpStep({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const setup = useMutation({ mutationFn: (password: string) => api<Enrolment>('/auth/two-factor/setup', { body: { password } }) });
  const confirm = useMutation({ mutationFn: (code: string) => api('/auth/two-factor/confirm', { body: { code } }), onSuccess: onEnabled });

  if (!setup.data) {
    return (
      <Form<{ password: string }> layout="vertical" size="large" onFinish={(v) => setup.mutate(v.password)} requiredMark={false} name="enrol-start">
        <Typography.Title level={4} style={{ marginTop: 0 }}>{t('login.enrol.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.enrol.hint')}</Typography.Paragraph>
        <ErrorAlert error={setup.error} style={{ marginBottom: 16 }} />
        <Form.Item name="password" label={t('login.enrol.password')} rules={[{ required: true, message: t('login.required') }]}>
          <Input.Password autoComplete="current-password" autoFocus data-testid="enrol-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={setup.isPending} data-testid="enrol-start">
          {t('login.enrol.start')}
        </Button>
      </Form>
    );
  }

  const e = setup.data;
  return (
    <Form<{ code: string }> layout="vertical" size="large" onFinish={(v) => confirm.mutate(v.code)} requiredMark={false} name="enrol-confirm">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('login.enrol.title')}</Typography.Title>
      <Typography.Paragraph>{t('login.enrol.scan')}</Typography.Paragraph>
      <Flex justify="center" style={{ marginBottom: 12 }}>
        <img src={e.qrDataUrl} alt={t('login.enrol.qrAlt')} width={180} height={180} data-testid="totp-qr" />
      </Flex>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('login.enrol.secret')}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: e.secret }} style={mono}>
        <span data-testid="totp-secret">{e.secret}</span>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('login.enrol.backupHint')} style={{ marginBottom: 8 }} />
      <Typography.Paragraph copyable={{ text: e.backupCodes.join('\n') }} style={{ ...mono, display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '2px 16px' }}>
        {e.backupCodes.map((c) => (
          <span key={c} data-testid="backup-code">
            {c}
          </span>
        ))}
      </Typography.Paragraph>
      <ErrorAlert error={confirm.error} style={{ marginBottom: 16 }} />
      <Form.Item name="code" label={t('login.enrol.code')} rules={[codeRule(t('login.codeFormat'))]}>
        <CodeInput data-testid="enrol-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={confirm.isPending} data-testid="enrol-confirm">
        {t('login.enrol.confirm')}
      </Button>
    </Form>
  );
}
