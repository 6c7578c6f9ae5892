import { Alert, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useSendCode, useSignIn } from './api.ts';

const MOBILE = /^1[3-9]\d{9}$/;

/** /portal/sign-in: the mobile number, a texted code, and in (the account is made on first sign-in). */
export function SignInPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.account' });
  useDocumentTitle(t('signInTitle'), i18n.t('portal.title'));
  const [form] = Form.useForm<{ mobile: string; code: string }>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const send = useSendCode();
  const signIn = useSignIn();
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const sendCode = async () => {
    const { mobile } = await form.validateFields(['mobile']);
    const sent = await send.mutateAsync(mobile.replace(/\s/g, ''));
    setWait(sent.resendAfterSeconds);
  };
  const submit = async (v: { mobile: string; code: string }) => {
    await signIn.mutateAsync({ mobile: v.mobile.replace(/\s/g, ''), code: v.code.trim() });
    navigate(params.get('next')?.startsWith('/portal') ? params.get('next')! : '/portal/me');
  };
  const error = signIn.error ?? send.error;
  return (
    <section className="ow-panel ow-section" style={{ maxWidth: 420, margin: '0 auto' }} data-testid="citizen-sign-in">
      <h1 style={{ fontSize: 22 }}>{t('signInTitle')}</h1>
      <p className="ow-small ow-muted">{t('signInIntro')}</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v).catch(() => {})}>
        <Form.Item name="mobile" label={t('mobile')} rules={[{ required: true, pattern: MOBILE, transform: (v: string) => v?.replace(/\s/g, ''), message: t('mobileInvalid') }]}>
          <Input size="large" type="tel" inputMode="tel" autoComplete="tel" maxLength={13} data-testid="citizen-mobile" />
        </Form.Item>
        <Form.Item label={t('code')} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('codeInvalid') }]}>
              <Input size="large" inputMode="numeric" autoComplete="one-time-code" maxLength={6} aria-label={t('code')} data-testid="citizen-code" />
            </Form.Item>
            <Button size="large" onClick={() => void sendCode().catch(() => {})} disabled={wait > 0} loading={send.isPending} data-testid="citizen-send-code">
              {wait > 0 ? t('resendIn', { seconds: wait }) : t('sendCode')}
            </Button>
          </Space.Compact>
        </Form.Item>
        {send.data && !error && (
          <Alert style={{ marginBottom: 16 }} type="success" showIcon title={t('codeSent', { to: send.data.sentTo, minutes: Math.round(send.data.expiresInSeconds / 60) })} data-testid="citizen-code-sent" />
        )}
        {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={errorText(error, t('failed'))} data-testid="citizen-error" />}
        <Button type="primary" size="large" block htmlType="submit" loading={signIn.isPending} data-testid="citizen-sign-in-submit">
          {t('signIn')}
        </Button>
      </Form>
    </section>
  );
}
