import { Alert, Button, Card, Descriptions, Empty, Form, Input, List, Popconfirm, Select, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseView } from '../../../../contract/citizen.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { SubjectGate } from './SubjectGate.tsx';
import { useAddStaff, useChangeRole, useEnterprises, useRegisterEnterprise, useRemoveStaff, type EnterpriseInput } from './subjects-api.ts';

const MOBILE = /^1[3-9]\d{9}$/;
type Role = 'admin' | 'handler';

/** /portal/me/enterprises: the account's enterprises, their staff for administrators, and registering one. */
export function EnterprisesPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  return (
    <SubjectGate path="/portal/me/enterprises" title={t('enterprisesTitle')} intro={t('enterprisesIntro')} testId="enterprises-page">
      {(me) => (
        <>
          <EnterpriseList />
          {me.verified && <RegisterForm />}
        </>
      )}
    </SubjectGate>
  );
}

function EnterpriseList() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const list = useEnterprises();
  if (list.isPending) return <Skeleton active />;
  if (list.error) return <Alert type="error" showIcon title={errorText(list.error, t('failed'))} />;
  return (
    <div style={{ marginBottom: 24 }}>
      <h2 style={{ fontSize: 18 }}>{t('myEnterprises')}</h2>
      {list.data.items.length === 0 ? (
        <Empty description={t('none')} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {list.data.items.map((e) => (
            <EnterpriseCard key={e.id} e={e} />
          ))}
        </Space>
      )}
    </div>
  );
}

function EnterpriseCard({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const admin = e.myRole === 'admin';
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{e.name}</span>} data-testid="enterprise-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('uscc')}>
          <span data-testid="enterprise-uscc">{e.uscc}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('legalRepName')}>
          {e.legalRepName}（{e.legalRepIdNumber}）
        </Descriptions.Item>
        <Descriptions.Item label={t('myRole')}>
          <Tag color={admin ? 'blue' : 'default'} data-testid="enterprise-my-role">
            {t(`role.${e.myRole}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <p className="ow-small ow-muted" style={{ margin: '8px 0' }}>
        {e.verification === 'declared' ? t('declared') : t('verifiedTag')} · {e.registrantIsLegalRep ? t('registrantIsLegalRep') : t('registrantNotLegalRep')}
      </p>
      <StaffList e={e} />
      {admin && <AddStaffForm enterpriseId={e.id} />}
    </Card>
  );
}

function StaffList({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const change = useChangeRole();
  const remove = useRemoveStaff();
  const admin = e.myRole === 'admin';
  const error = change.error ?? remove.error;
  return (
    <>
      <h3 style={{ fontSize: 16 }}>{t('staff')}</h3>
      <List
        size="small"
        dataSource={e.staff}
        data-testid="enterprise-staff"
        renderItem={(m) => {
          const other: Role = m.role === 'admin' ? 'handler' : 'admin';
          return (
            <List.Item data-testid="enterprise-staff-row" style={{ flexWrap: 'wrap', gap: 8 }}>
              <span>
                {m.name ?? m.mobile} {m.name && <span className="ow-muted">{m.mobile}</span>}
                {m.isMe && t('me')} <Tag>{t(`role.${m.role}`)}</Tag>
              </span>
              <Space wrap>
                {admin && (
                  <Button size="small" onClick={() => change.mutate({ enterpriseId: e.id, memberId: m.id, role: other })} loading={change.isPending}>
                    {t('changeRoleTo', { role: t(`role.${other}`) })}
                  </Button>
                )}
                {(admin || m.isMe) && (
                  <Popconfirm title={m.isMe ? t('confirmLeave') : t('confirmRemove')} okText={t('yes')} cancelText={t('no')} onConfirm={() => remove.mutate({ enterpriseId: e.id, memberId: m.id })}>
                    <Button size="small" danger>
                      {m.isMe ? t('leave') : t('remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {error && <Alert style={{ marginTop: 8 }} type="error" showIcon title={errorText(error, t('failed'))} data-testid="enterprise-staff-error" />}
    </>
  );
}

function AddStaffForm({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const [form] = Form.useForm<{ mobile: string; role: Role }>();
  const add = useAddStaff();
  const submit = async (v: { mobile: string; role: Role }) => {
    await add.mutateAsync({ enterpriseId, mobile: v.mobile.replace(/\s/g, ''), role: v.role });
    form.resetFields();
  };
  return (
    <div style={{ marginTop: 12 }}>
      <h3 style={{ fontSize: 16 }}>{t('addStaff')}</h3>
      <p className="ow-small ow-muted">{t('addStaffIntro')}</p>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'handler' }} onFinish={(v) => void submit(v).catch(() => undefined)}>
        <Form.Item name="mobile" label={t('mobile')} rules={[{ required: true, pattern: MOBILE, transform: (v: string) => v?.replace(/\s/g, ''), message: t('mobileInvalid') }]}>
          <Input size="large" inputMode="tel" autoComplete="off" data-testid="staff-mobile" />
        </Form.Item>
        <Form.Item name="role" label={t('roleLabel')}>
          <Select
            size="large"
            data-testid="staff-role"
            options={(['handler', 'admin'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Form.Item>
        {add.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorText(add.error, t('failed'))} data-testid="staff-add-error" />}
        <Button type="primary" htmlType="submit" block size="large" loading={add.isPending} data-testid="staff-add">
          {t('add')}
        </Button>
      </Form>
    </div>
  );
}

function RegisterForm() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const [form] = Form.useForm<EnterpriseInput>();
  const register = useRegisterEnterprise();
  const trim = (v: EnterpriseInput): EnterpriseInput => ({
    uscc: v.uscc.trim().toUpperCase(),
    name: v.name.trim(),
    legalRepName: v.legalRepName.trim(),
    legalRepIdNumber: v.legalRepIdNumber.trim(),
  });
  const submit = async (v: EnterpriseInput) => {
    await register.mutateAsync(trim(v));
    form.resetFields();
  };
  return (
    <div>
      <h2 style={{ fontSize: 18 }}>{t('register')}</h2>
      <p className="ow-small ow-muted">{t('registerIntro')}</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v).catch(() => undefined)}>
        <Form.Item name="uscc" label={t('uscc')} rules={[{ required: true, len: 18, transform: (v: string) => v?.trim(), message: t('usccRequired') }]}>
          <Input size="large" autoComplete="off" maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="enterprise-uscc-input" />
        </Form.Item>
        <Form.Item name="name" label={t('enterpriseName')} rules={[{ required: true, whitespace: true, min: 2, message: t('nameRequired') }]}>
          <Input size="large" autoComplete="organization" data-testid="enterprise-name-input" />
        </Form.Item>
        <Form.Item name="legalRepName" label={t('legalRepName')} rules={[{ required: true, whitespace: true, min: 2, message: t('legalRepNameRequired') }]}>
          <Input size="large" autoComplete="off" data-testid="enterprise-rep-name" />
        </Form.Item>
        <Form.Item name="legalRepIdNumber" label={t('legalRepId')} rules={[{ required: true, len: 18, transform: (v: string) => v?.trim(), message: t('legalRepIdRequired') }]}>
          <Input size="large" autoComplete="off" maxLength={18} data-testid="enterprise-rep-id" />
        </Form.Item>
        {register.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorText(register.error, t('failed'))} data-testid="enterprise-register-error" />}
        {register.isSuccess && <Alert style={{ marginBottom: 12 }} type="success" showIcon title={t('registered')} />}
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending} data-testid="enterprise-register">
          {t('submitRegister')}
        </Button>
      </Form>
    </div>
  );
}
