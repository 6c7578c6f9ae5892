import { FileTextOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { EntryLink } from '../home/HomePage.tsx';
import '../online/messages.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useBindRealName, useCitizen, useSignOut } from './api.ts';
import './subjects-messages.ts';
import './subjects.css';

/** /portal/me: the citizen's account, masked, with real-name binding until it is done. */
export function AccountPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.account' });
  const { t: ts } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  useDocumentTitle(t('meTitle'), i18n.t('portal.title'));
  const me = useCitizen();
  const bind = useBindRealName();
  const signOut = useSignOut();
  if (me.isPending) return <Skeleton active />;
  if (me.error) return <Alert type="error" showIcon title={errorText(me.error, t('failed'))} />;
  if (!me.data) return <Navigate to="/portal/sign-in?next=/portal/me" replace />;
  const a = me.data;
  return (
    <section className="ow-panel ow-section" style={{ maxWidth: 480, margin: '0 auto' }} data-testid="citizen-account">
      <h1 style={{ fontSize: 22 }}>{t('meTitle')}</h1>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('accountMobile')}>
          <span data-testid="citizen-account-mobile">{a.mobile}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('accountName')}>{a.realName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('accountId')}>{a.idNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('since')}>{formatDateTime(a.createdAt)}</Descriptions.Item>
      </Descriptions>
      <p style={{ marginTop: 12 }}>
        <Tag color={a.verified ? 'green' : 'orange'} data-testid="citizen-verified">
          {a.verified ? t('verified') : t('notVerified')}
        </Tag>
      </p>
      {!a.verified && (
        <div style={{ marginTop: 16 }}>
          <h2 style={{ fontSize: 18 }}>{t('realNameTitle')}</h2>
          <p className="ow-small ow-muted">{t('realNameIntro')}</p>
          <Form layout="vertical" requiredMark={false} onFinish={(v: { name: string; idNumber: string }) => bind.mutate({ name: v.name.trim(), idNumber: v.idNumber.trim() })}>
            <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, min: 2, message: t('nameRequired') }]}>
              <Input size="large" autoComplete="name" data-testid="citizen-name" />
            </Form.Item>
            <Form.Item name="idNumber" label={t('idNumber')} rules={[{ required: true, len: 18, transform: (v: string) => v?.trim(), message: t('idRequired') }]}>
              <Input size="large" autoComplete="off" maxLength={18} data-testid="citizen-id-number" />
            </Form.Item>
            {bind.error && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={errorText(bind.error, t('failed'))} data-testid="citizen-bind-error" />}
            <Button type="primary" size="large" block htmlType="submit" loading={bind.isPending} data-testid="citizen-bind">
              {t('bind')}
            </Button>
          </Form>
        </div>
      )}
      {bind.isSuccess && <Alert style={{ marginTop: 16 }} type="success" showIcon title={t('bound')} />}
      <nav aria-label={ts('moreTitle')} style={{ marginTop: 24, display: 'grid', gap: 10 }}>
        <Link to="/portal/me/enterprises" className="ow-subject-link" data-testid="citizen-enterprises-link">
          <strong>{ts('enterprisesTitle')}</strong>
          <span className="ow-small ow-muted">{ts('enterprisesHint', { count: a.subjects.filter((s) => s.kind === 'enterprise').length })}</span>
        </Link>
        <Link to="/portal/me/mandates" className="ow-subject-link" data-testid="citizen-mandates-link">
          <strong>{ts('mandatesTitle')}</strong>
          <span className="ow-small ow-muted">{ts('mandatesHint', { count: a.subjects.filter((s) => s.kind === 'mandate').length })}</span>
        </Link>
      </nav>
      <EntryLink to="/portal/cases" icon={<FileTextOutlined aria-hidden />} title={i18n.t('portal.cases.entry')} hint={i18n.t('portal.cases.entryHint')} testId="citizen-my-cases" style={{ marginTop: 16 }} />
      <nav className="ow-account-links" aria-label={t('meTitle')}>
        <Link to="/portal/me/messages" data-testid="to-messages">
          {t('toMessages')}
        </Link>
        <Link to="/portal/me/notifications" data-testid="to-notifications">
          {t('toNotifications')}
        </Link>
      </nav>
      {/* issue #19: the account's online applications */}
      <EntryLink to="/portal/applications" icon={<FormOutlined aria-hidden />} title={i18n.t('portal.online.entry.mine')} hint={i18n.t('portal.online.entry.hint')} testId="account-applications" style={{ marginTop: 16 }} />
      <Button style={{ marginTop: 24 }} block onClick={() => signOut.mutate()} data-testid="citizen-sign-out">
        {t('signOut')}
      </Button>
    </section>
  );
}
