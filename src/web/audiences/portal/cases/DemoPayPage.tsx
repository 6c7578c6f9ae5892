import { Alert, Button, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { yuan } from '../shared/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useConfirmDemoPayment, useDemoPayment } from './api.ts';
import './cases.css';

/** /portal/pay/demo/:token: the demo payment platform. 确认支付 makes the server deliver the platform's signed callback. */
export function DemoPayPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.cases' });
  useDocumentTitle(t('payTitle'), i18n.t('portal.title'));
  const payment = useDemoPayment(token);
  const confirm = useConfirmDemoPayment(token);
  if (payment.isPending) return <Skeleton active />;
  if (payment.error) return <Alert type="error" showIcon title={errorText(payment.error, t('loadFailed'))} />;
  const p = payment.data;
  const back = (
    <Link to={p.returnUrl}>
      <Button type="primary" size="large" data-testid="demo-pay-back">
        {t('payBack')}
      </Button>
    </Link>
  );
  if (confirm.isSuccess || p.status !== 'due') return <Result status="success" title={confirm.isSuccess ? t('paySucceeded') : t('payAlready')} extra={back} data-testid="demo-pay-done" />;
  return (
    <section className="ow-panel" data-testid="demo-pay" style={{ maxWidth: 480, margin: '0 auto' }}>
      <h1>{t('payTitle')}</h1>
      <p className="ow-muted">{t('payIntro')}</p>
      <dl className="ow-case-facts">
        <dt>{t('payCase')}</dt>
        <dd>{p.caseNumber}</dd>
        <dt>{t('payNotice')}</dt>
        <dd>{p.noticeNumber}</dd>
        <dt>{t('feeReference')}</dt>
        <dd>{p.reference}</dd>
        <dt>{t('feeAmount')}</dt>
        <dd className="ow-case-due" data-testid="demo-pay-amount">
          ¥{yuan(p.amountFen)}
        </dd>
      </dl>
      {confirm.error && <Alert style={{ marginTop: 12 }} type="error" showIcon title={errorText(confirm.error, t('loadFailed'))} />}
      <Button style={{ marginTop: 16 }} type="primary" size="large" block loading={confirm.isPending} onClick={() => confirm.mutate()} data-testid="demo-pay-confirm">
        {t('payConfirm')}
      </Button>
    </section>
  );
}
