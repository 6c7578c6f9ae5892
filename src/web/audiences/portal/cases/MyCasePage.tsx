import { Alert, Button, Form, Input, Modal, Radio, Skeleton, Tag, Timeline, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useCitizen } from '../account/api.ts';
import { yuan } from '../shared/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { myCaseFileUrl, useChooseDelivery, useMyCase, useStartPayment, useWithdraw, type MyCaseDetail } from './api.ts';
import { CaseFacts, CaseTags } from './MyCasesPage.tsx';
import './cases.css';

const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** /portal/cases/:id: one of the citizen's cases: due dates, what is owed, papers, pay, delivery, withdraw, progress. */
export function MyCasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const me = useCitizen();
  const detail = useMyCase(id);
  useDocumentTitle(detail.data?.itemName ?? t('title'), i18n.t('portal.title'));
  if (me.isPending) return <Skeleton active />;
  if (!me.data) return <Navigate to={`/portal/sign-in?next=/portal/cases/${id}`} replace />;
  if (detail.isPending) return <Skeleton active />;
  if (detail.error) return <Alert type="error" showIcon title={errorText(detail.error, t('loadFailed'))} action={<Link to="/portal/cases">{t('back')}</Link>} />;
  const c = detail.data;
  return (
    <article className="ow-my-case" data-testid="my-case" data-number={c.number}>
      <p>
        <Link to="/portal/cases">← {t('back')}</Link>
      </p>
      <section className="ow-panel">
        <h1 className="ow-case-item" style={{ fontSize: 'calc(20px * var(--fs))' }}>
          {c.itemName}
        </h1>
        <CaseTags c={c} />
        <CaseFacts c={c} extra={[{ label: t('applicant'), value: c.applicantName, testId: 'my-case-applicant' }, { label: t('department'), value: c.departmentName }]} />
        {c.state === 'withdrawn' && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('withdrawn')} data-testid="my-case-withdrawn" />}
        {c.owes.map((o) => (
          <Alert key={o} style={{ marginTop: 12 }} type="warning" showIcon title={t(`owesHint.${o}`)} />
        ))}
      </section>
      <Dates c={c} />
      {c.fees.length > 0 && <Fees c={c} />}
      <Notices c={c} />
      <Delivery c={c} />
      <Progress c={c} />
      {c.canWithdraw && <Withdraw c={c} />}
    </article>
  );
}

function Dates({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  if (!c.promisedDue && !c.legalDue && !c.certificateDue && !c.waiverDue) return null;
  return (
    <section className="ow-panel" aria-labelledby="my-case-dates">
      <h2 id="my-case-dates">{t('dates')}</h2>
      <dl className="ow-case-facts">
        {c.promisedDue && (
          <>
            <dt>{t('promisedDue')}</dt>
            <dd className="ow-case-due" data-testid="my-case-due">
              {c.promisedDue}
            </dd>
          </>
        )}
        {c.legalDue && (
          <>
            <dt>{t('legalDue')}</dt>
            <dd>{c.legalDue}</dd>
          </>
        )}
        {c.certificateDue && (
          <>
            <dt>{t('certificateDue')}</dt>
            <dd>{c.certificateDue}</dd>
          </>
        )}
        {c.waiverDue && (
          <>
            <dt>{t('waiverDue')}</dt>
            <dd>{c.waiverDue}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Fees({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const pay = useStartPayment(c.id);
  const navigate = useNavigate();
  return (
    <section className="ow-panel" aria-labelledby="my-case-fees">
      <h2 id="my-case-fees">{t('fees')}</h2>
      <ul className="ow-case-files">
        {c.fees.map((f) => (
          <li key={f.id} data-testid="my-case-fee" data-status={f.status}>
            <div>
              <strong>¥{yuan(f.status === 'due' ? f.outstandingFen : f.amountFen)}</strong>{' '}
              <Tag color={f.status === 'due' ? 'orange' : 'green'} data-testid="my-case-fee-status">
                {t(`feeStatus.${f.status}`)}
              </Tag>
              <div className="ow-small ow-muted">
                {t('feeReference')} {f.reference}
                {f.paidAt ? ` · ${t('paidAt')} ${formatDateTime(f.paidAt)}` : ''}
              </div>
            </div>
            <div className="ow-case-row">
              {f.status === 'due' && (
                <Button
                  type="primary"
                  size="large"
                  loading={pay.isPending}
                  onClick={() => pay.mutate(f.id, { onSuccess: (r) => void navigate(r.payUrl) })}
                  data-testid="my-case-pay"
                >
                  {t('pay')}
                </Button>
              )}
              <a href={myCaseFileUrl(c.id, `fees/${f.id}/pdf`)} download data-testid="my-case-fee-notice">
                {t('feeNotice')}
              </a>
              {f.receiptNumber && (
                <a href={myCaseFileUrl(c.id, `fees/${f.id}/receipt/pdf`)} download data-testid="my-case-receipt">
                  {t('receipt')}
                </a>
              )}
            </div>
          </li>
        ))}
      </ul>
      {pay.error && <Alert type="error" showIcon title={errorText(pay.error, t('loadFailed'))} />}
    </section>
  );
}

function Notices({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  return (
    <section className="ow-panel" aria-labelledby="my-case-notices">
      <h2 id="my-case-notices">{t('notices')}</h2>
      {c.notices.length === 0 && c.certificates.length === 0 && <p className="ow-muted">{t('noNotices')}</p>}
      <ul className="ow-case-files">
        {c.notices.map((n) => (
          <li key={n.id} data-testid="my-case-notice" data-kind={n.kind}>
            <span>
              {n.title}
              <span className="ow-small ow-muted" style={{ display: 'block' }}>
                {n.number} · {formatDateTime(n.issuedAt)}
              </span>
            </span>
            <a href={myCaseFileUrl(c.id, `notices/${n.id}/pdf`)} download aria-label={`${t('download')} ${n.title}`} data-testid={`my-case-notice-${n.kind}`}>
              {t('download')}
            </a>
          </li>
        ))}
        {c.certificates.map((x) => (
          <li key={x.id} data-testid="my-case-certificate">
            <span>
              {t('certificates')}：{x.name}（{x.number}）{x.revoked && <Tag>{t('revoked')}</Tag>}
            </span>
            <a href={myCaseFileUrl(c.id, `certificates/${x.id}/pdf`)} download aria-label={`${t('download')} ${x.name}`}>
              {t('download')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface DeliveryForm {
  method: 'window' | 'mail' | 'electronic';
  address?: string;
  recipient?: string;
  phone?: string;
}

function Delivery({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const choose = useChooseDelivery(c.id);
  const [form] = Form.useForm<DeliveryForm>();
  const method = Form.useWatch('method', form);
  const d = c.delivery;
  const current = d.choice.method === 'cabinet' ? 'window' : d.choice.method;
  const initial: DeliveryForm = { method: current, address: d.choice.address ?? undefined, recipient: d.choice.recipient ?? c.applicantName, phone: d.choice.phone ?? undefined };
  return (
    <section className="ow-panel" aria-labelledby="my-case-delivery" data-testid="my-case-delivery">
      <h2 id="my-case-delivery">{t('delivery')}</h2>
      <p data-testid="my-case-delivery-choice">
        <strong>{t(`method.${d.choice.method}`)}</strong>
        {d.choice.method === 'mail' && d.choice.address ? `：${d.choice.address}` : ''}
        {d.status && d.status !== 'at_window' && <span className="ow-muted"> · {t(`status.${d.status}`)}</span>}
        {d.waybill && (
          <span className="ow-muted">
            {' '}
            · {d.courier} {t('waybill')} {d.waybill}
          </span>
        )}
      </p>
      {!d.canChange ? (
        <p className="ow-muted">{t('deliveryLocked')}</p>
      ) : (
        <Form<DeliveryForm>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          initialValues={initial}
          onFinish={(v) => choose.mutate(v.method === 'mail' ? { method: 'mail', address: v.address?.trim(), recipient: v.recipient?.trim(), phone: v.phone?.trim() } : { method: v.method })}
        >
          <Form.Item name="method" label={t('delivery')}>
            <Radio.Group className="ow-case-methods" data-testid="my-case-delivery-method">
              {d.methods
                .filter((m) => m !== 'cabinet')
                .map((m) => (
                  <Radio key={m} value={m} data-testid={`my-case-method-${m}`} style={{ display: 'flex', minHeight: 44, alignItems: 'center' }}>
                    {t(`method.${m}`)}
                  </Radio>
                ))}
            </Radio.Group>
          </Form.Item>
          {method === 'mail' && (
            <>
              <Form.Item name="address" label={t('address')} rules={[{ required: true, whitespace: true, min: 5, message: t('addressRequired') }]}>
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} autoComplete="street-address" data-testid="my-case-address" />
              </Form.Item>
              <Form.Item name="recipient" label={t('recipient')} rules={[{ required: true, whitespace: true, message: t('recipientRequired') }]}>
                <Input maxLength={100} autoComplete="name" data-testid="my-case-recipient" />
              </Form.Item>
              <Form.Item name="phone" label={t('phone')} rules={[{ required: true, pattern: /^[\d\s-]{7,20}$/, message: t('phoneRequired') }]}>
                <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid="my-case-phone" />
              </Form.Item>
            </>
          )}
          {choose.error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={errorText(choose.error, t('loadFailed'))} />}
          {choose.isSuccess && <Alert style={{ marginBottom: 12 }} type="success" showIcon title={t('deliverySaved')} data-testid="my-case-delivery-saved" />}
          <Button type="primary" htmlType="submit" block loading={choose.isPending} data-testid="my-case-delivery-save">
            {t('saveDelivery')}
          </Button>
        </Form>
      )}
    </section>
  );
}

function Progress({ c }: { c: MyCaseDetail }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const en = i18n.language?.startsWith('en');
  return (
    <section className="ow-panel" aria-labelledby="my-case-timeline">
      <h2 id="my-case-timeline">{t('timeline')}</h2>
      <Timeline
        className="ow-case-timeline"
        data-testid="my-case-timeline"
        items={[...c.timeline].reverse().map((e) => ({
          key: e.seq,
          content: (
            <span data-testid="my-case-event">
              <strong>{en ? e.label.en : e.label.zh}</strong>
              <span className="ow-small ow-muted" style={{ display: 'block' }}>
                {formatDateTime(e.at)}
              </span>
            </span>
          ),
        }))}
      />
    </section>
  );
}

function Withdraw({ c }: { c: MyCaseDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  const withdraw = useWithdraw(c.id);
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(newKey);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <section className="ow-panel" aria-labelledby="my-case-withdraw">
      <h2 id="my-case-withdraw">{t('withdraw')}</h2>
      <p className="ow-muted">{t('withdrawHint')}</p>
      <Button
        danger
        block
        size="large"
        onClick={() => {
          setKey(newKey());
          setOpen(true);
        }}
        data-testid="my-case-withdraw"
      >
        {t('withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('withdrawTitle')}
        okText={t('withdrawConfirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true, loading: withdraw.isPending, 'data-testid': 'my-case-withdraw-confirm' } as ButtonProps}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => withdraw.mutate({ reason: v.reason.trim(), idempotencyKey: key }, { onSuccess: () => setOpen(false) })}>
          <Form.Item name="reason" label={t('withdrawReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('withdrawReasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="my-case-withdraw-reason" />
          </Form.Item>
          {withdraw.error && <Alert type="error" showIcon title={errorText(withdraw.error, t('loadFailed'))} />}
        </Form>
      </Modal>
    </section>
  );
}
