import { useState } from 'react';
import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { setupPending, useMe } from '../../features/session/index.ts';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import type { SignInState } from '../auth.tsx';
import { homePathOf, mayReturnTo } from '../staff-menu.ts';
import { ChangePasswordStep } from './ChangePasswordStep.tsx';
import { CredentialsStep } from './CredentialsStep.tsx';
import { EnrolTotpStep } from './EnrolTotpStep.tsx';
import { TotpStep } from './TotpStep.tsx';

/**
 * Staff sign-in. The account itself (GET /auth/me) decides the remaining steps: a new
 * password first, then TOTP enrolment for administrators, then the user's first surface.
 * Reloading the page mid-way resumes at the same step.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const state = (useLocation().state ?? {}) as SignInState;
  const me = useMe();
  const [awaitingCode, setAwaitingCode] = useState(false);
  const [notice, setNotice] = useState(state.notice);
  const refresh = () => {
    setNotice(undefined);
    void me.refetch();
  };

  let body;
  if (me.isPending || me.isRefetching) body = <Spin style={{ display: 'block', margin: '48px auto' }} />;
  else if (me.data) {
    const pending = setupPending(me.data);
    if (!pending) return <Navigate to={mayReturnTo(me.data, state.from) ? state.from : homePathOf(me.data)} replace />;
    body = pending === 'password' ? <ChangePasswordStep onChanged={refresh} /> : <EnrolTotpStep onEnabled={refresh} />;
  } else if (awaitingCode) body = <TotpStep onSignedIn={refresh} onBack={() => setAwaitingCode(false)} />;
  else body = <CredentialsStep onSignedIn={refresh} onTwoFactor={() => setAwaitingCode(true)} />;

  return (
    <Flex vertical align="center" style={{ position: 'relative', minHeight: '100vh', padding: '88px 24px 24px', background: 'linear-gradient(180deg, #a40e26 0, #a40e26 280px, #f3f4f6 280px)' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Flex align="center" gap={12} style={{ color: '#fff', marginBottom: 32 }}>
        <BankOutlined style={{ fontSize: 36 }} />
        <div>
          <div style={{ fontSize: 28, fontWeight: 600, letterSpacing: 2 }}>{t('shell.productName')}</div>
          <div style={{ opacity: 0.85 }}>{t('login.subtitle')}</div>
        </div>
      </Flex>
      <Card style={{ width: 440, maxWidth: '100%', boxShadow: '0 8px 24px rgba(0,0,0,0.08)' }}>
        {!me.data && !awaitingCode && (
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
        )}
        {notice && <Alert type={notice === 'signed-out' ? 'success' : 'warning'} showIcon title={t(`login.notice.${notice}`)} style={{ marginBottom: 16 }} data-testid="sign-in-notice" />}
        {body}
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 24, textAlign: 'center' }}>
        {t('login.publicLinks')} <Link to="/portal">{t('shell.surface.portal')}</Link> · <Link to="/kiosk">{t('shell.surface.kiosk')}</Link> ·{' '}
        <Link to="/display">{t('shell.surface.display')}</Link> · <Link to="/rate">{t('shell.surface.rate')}</Link>
      </Typography.Paragraph>
    </Flex>
  );
}
