import { Alert, Button, Card, Empty, Form, Input, Popconfirm, Radio, Select, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenMe, MandateView } from '../../../../contract/citizen.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useDebounced } from '../shared/hooks.ts';
import { SubjectGate } from './SubjectGate.tsx';
import { useGrantMandate, useItemSearch, useMandateAction, useMandates } from './subjects-api.ts';

const MOBILE = /^1[3-9]\d{9}$/;
const stateColor = { offered: 'orange', active: 'green', expired: 'default', revoked: 'red' } as const;

/** /portal/me/mandates: the mandates the account holds and gave, accepting and revoking them, and granting one. */
export function MandatesPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  return (
    <SubjectGate path="/portal/me/mandates" title={t('mandatesTitle')} intro={t('mandatesIntro')} testId="mandates-page">
      {(me) => (
        <>
          <MandateLists />
          {me.verified && <GrantForm me={me} />}
        </>
      )}
    </SubjectGate>
  );
}

function MandateLists() {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const list = useMandates();
  const act = useMandateAction();
  if (list.isPending) return <Skeleton active />;
  if (list.error) return <Alert type="error" showIcon title={errorText(list.error, t('failed'))} />;
  const section = (title: string, items: MandateView[], side: 'received' | 'granted') => (
    <div style={{ marginBottom: 24 }} data-testid={`mandates-${side}`}>
      <h2 style={{ fontSize: 18 }}>{title}</h2>
      {items.length === 0 ? (
        <Empty description={t('none')} />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {items.map((m) => (
            <Card key={m.id} size="small" data-testid="mandate-card">
              <p style={{ margin: 0 }}>
                <Tag color={stateColor[m.state]} data-testid="mandate-state">
                  {t(`state.${m.state}`)}
                </Tag>
                {t('until', { date: m.validUntil })}
              </p>
              <p style={{ margin: '8px 0 0' }}>
                {t('principal')}：{m.principal.name} <span className="ow-muted">{m.principal.idMasked}</span>
              </p>
              <p style={{ margin: 0 }}>
                {t('agent')}：{m.agent.name ?? m.agent.mobile} <span className="ow-muted">{m.agent.name ? m.agent.mobile : ''}</span>
              </p>
              <p style={{ margin: 0 }}>
                {t('scope')}：{m.itemIds ? t('scopeCount', { count: m.itemIds.length }) : t('scopeAll')}
              </p>
              <p className="ow-small" style={{ margin: '8px 0', whiteSpace: 'pre-wrap' }}>
                {m.text}
              </p>
              <Space wrap>
                {m.canAccept && (
                  <Button type="primary" onClick={() => act.mutate({ id: m.id, action: 'accept' })} loading={act.isPending} data-testid="mandate-accept">
                    {t('accept')}
                  </Button>
                )}
                {m.canRevoke && (
                  <Popconfirm title={t('confirmRevoke')} okText={t('yes')} cancelText={t('no')} onConfirm={() => act.mutate({ id: m.id, action: 'revoke' })}>
                    <Button danger data-testid="mandate-revoke">
                      {t('revoke')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            </Card>
          ))}
        </Space>
      )}
    </div>
  );
  return (
    <>
      {act.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorText(act.error, t('failed'))} data-testid="mandate-error" />}
      {section(t('received'), list.data.received, 'received')}
      {section(t('granted'), list.data.granted, 'granted')}
    </>
  );
}

interface GrantValues {
  principal?: string;
  agentMobile: string;
  scope: 'all' | 'items';
  itemIds?: string[];
  validUntil: string;
  text: string;
}

function GrantForm({ me }: { me: CitizenMe }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portalSubjects' });
  const [form] = Form.useForm<GrantValues>();
  const grant = useGrantMandate();
  const [q, setQ] = useState('');
  const items = useItemSearch(useDebounced(q));
  const scope = Form.useWatch('scope', form);
  const adminOf = me.subjects.filter((s) => s.kind === 'enterprise' && s.role === 'admin');
  const submit = async (v: GrantValues) => {
    await grant.mutateAsync({
      // The principal field shows only to enterprise administrators; absent means oneself.
      principal: !v.principal || v.principal === 'self' ? { kind: 'self' } : { kind: 'enterprise', enterpriseId: v.principal },
      agentMobile: v.agentMobile.replace(/\s/g, ''),
      itemIds: v.scope === 'items' ? (v.itemIds ?? []) : null,
      validUntil: v.validUntil,
      text: v.text.trim(),
    });
    form.resetFields();
  };
  return (
    <div>
      <h2 style={{ fontSize: 18 }}>{t('grant')}</h2>
      <p className="ow-small ow-muted">{t('grantIntro')}</p>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ principal: 'self', scope: 'all', text: t('textDefault') }}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        {adminOf.length > 0 && (
          <Form.Item name="principal" label={t('principal')}>
            <Select size="large" data-testid="mandate-principal" options={[{ value: 'self', label: t('principalSelf') }, ...adminOf.map((s) => ({ value: s.ref, label: s.name }))]} />
          </Form.Item>
        )}
        <Form.Item name="agentMobile" label={t('agentMobile')} rules={[{ required: true, pattern: MOBILE, transform: (v: string) => v?.replace(/\s/g, ''), message: t('mobileInvalid') }]}>
          <Input size="large" inputMode="tel" autoComplete="off" data-testid="mandate-agent-mobile" />
        </Form.Item>
        <Form.Item name="scope" label={t('scope')}>
          <Radio.Group
            size="large"
            data-testid="mandate-scope"
            options={[
              { value: 'all', label: t('scopeAll') },
              { value: 'items', label: t('scopeItems') },
            ]}
          />
        </Form.Item>
        {scope === 'items' && (
          <Form.Item name="itemIds" label={t('items')} rules={[{ required: true, type: 'array', min: 1, message: t('itemsRequired') }]}>
            <Select
              mode="multiple"
              size="large"
              showSearch
              filterOption={false}
              onSearch={setQ}
              placeholder={t('itemsSearch')}
              loading={items.isFetching}
              options={(items.data ?? []).map((i) => ({ value: i.itemId, label: i.subItemName ? `${i.name}（${i.subItemName}）` : i.name }))}
              data-testid="mandate-items"
            />
          </Form.Item>
        )}
        <Form.Item name="validUntil" label={t('validUntil')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('validUntilRequired') }]}>
          <Input size="large" type="date" data-testid="mandate-valid-until" />
        </Form.Item>
        <Form.Item name="text" label={t('text')} rules={[{ required: true, whitespace: true, min: 4, max: 500, message: t('textRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="mandate-text" />
        </Form.Item>
        {grant.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorText(grant.error, t('failed'))} data-testid="mandate-grant-error" />}
        {grant.isSuccess && <Alert style={{ marginBottom: 12 }} type="success" showIcon title={t('grantedOk')} />}
        <Button type="primary" htmlType="submit" block size="large" loading={grant.isPending} data-testid="mandate-grant">
          {t('submitGrant')}
        </Button>
      </Form>
    </div>
  );
}
