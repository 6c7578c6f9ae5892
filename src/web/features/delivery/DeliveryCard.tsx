// 出件送达 on the case page: how and when the result left (or where it is now), and, while it
// waits, the window's ways to hand it out. The tab first shown is the applicant's choice at
// intake; the server offers the actions (allowedActions) and checks every one again.
import { Alert, App, Button, Card, Descriptions, Empty, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryView } from '../../../contract/delivery.ts';
import { deliveryActionLabels, deliveryMethodLabels, deliveryStatusLabels } from '../../../domain/case/delivery.ts';
import { ErrorAlert, errorText } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { signatureUrl, useDelivery, useDeliveryAction } from './api.ts';
import { CabinetForm, HandOutForm, MailForm } from './DeliveryForms.tsx';

const statusColor = { at_window: 'blue', mailed: 'gold', mail_returned: 'orange', in_cabinet: 'purple', handed_out: 'green' } as const;

export function DeliveryCard({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const d = useDelivery(caseId);
  if (d.error) return <ErrorAlert error={d.error} />;
  const v = d.data;
  // Nothing to show before a decision and before any hand-out.
  if (!v || (!['decided_approved', 'decided_refused'].includes(v.caseState) && v.history.length === 0)) return null;
  return (
    <Card
      size="small"
      title={t('title')}
      data-testid="delivery-card"
      extra={
        <Tag color={statusColor[v.status]} data-testid="delivery-status" data-status={v.status}>
          {deliveryStatusLabels[v.status][lang]}
        </Tag>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('choice')}>
            <span data-testid="delivery-choice">{deliveryMethodLabels[v.choice.method][lang]}</span>
            {v.choice.address && ` · ${v.choice.address}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('method')}>{v.method ? deliveryMethodLabels[v.method][lang] : '—'}</Descriptions.Item>
          {v.handedOutAt && (
            <Descriptions.Item label={t('handedOutAt')}>
              <span data-testid="delivery-handed-out-at">{formatDateTime(v.handedOutAt)}</span>
            </Descriptions.Item>
          )}
          {v.collector && (
            <Descriptions.Item label={t('collector')}>
              {v.collector.name} {v.collector.idNumber}（{t(`as.${v.collector.as}`)}）
            </Descriptions.Item>
          )}
          {v.waybill && (
            <Descriptions.Item label={t('waybill')}>
              <span data-testid="delivery-waybill">
                {v.courier} {v.waybill}
              </span>
              {v.address && ` · ${v.recipient ?? ''} ${v.address}`}
            </Descriptions.Item>
          )}
          {v.cabinetId && v.method === 'cabinet' && (
            <Descriptions.Item label={t('cabinet')}>
              {v.cabinetId} · {t('door', { door: v.door })}
              {v.codeExpiresAt && ` · ${t('codeExpires', { at: formatDateTime(v.codeExpiresAt) })}`}
            </Descriptions.Item>
          )}
        </Descriptions>
        {v.hasSignature && (
          <div>
            <Typography.Text type="secondary">{t('signature')}</Typography.Text>
            <br />
            <img src={signatureUrl(caseId)} alt={t('signature')} data-testid="delivery-signature" style={{ maxWidth: 320, border: '1px solid #eee' }} />
          </div>
        )}
        {v.history.length > 0 && (
          <Timeline
            items={v.history.map((h) => ({
              key: h.seq,
              content: (
                <span>
                  {deliveryActionLabels[h.action][lang]} · {h.actorName} · {formatDateTime(h.at)}
                  {typeof h.detail.note === 'string' && ` · ${h.detail.note}`}
                </span>
              ),
            }))}
          />
        )}
        {v.allowedActions.length > 0 && <DeliveryActions v={v} />}
      </Space>
    </Card>
  );
}

function DeliveryActions({ v }: { v: DeliveryView }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const { message } = App.useApp();
  const act = useDeliveryAction(v.caseId);
  const can = (a: DeliveryView['allowedActions'][number]) => v.allowedActions.includes(a);
  const simple = async (action: 'mail.signed' | 'mail.returned' | 'cabinet.recall') => {
    try {
      await act.mutateAsync({ action });
      void message.success(t('done'));
    } catch (e) {
      void message.error(errorText(e, t('failed')));
    }
  };
  const tabs = [
    can('window.hand_out') && { key: 'window', label: t('tabs.window'), children: <HandOutForm v={v} act={act} /> },
    can('mail.send') && { key: 'mail', label: t('tabs.mail'), children: <MailForm v={v} act={act} /> },
    can('cabinet.deposit') && { key: 'cabinet', label: t('tabs.cabinet'), children: <CabinetForm act={act} /> },
  ].filter((x): x is { key: string; label: string; children: React.JSX.Element } => !!x);
  const first = tabs.find((x) => x.key === v.choice.method)?.key ?? tabs[0]?.key;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {act.error && <Alert type="error" showIcon title={errorText(act.error, t('failed'))} data-testid="delivery-error" />}
      <Space wrap>
        {can('mail.signed') && (
          <Button type="primary" onClick={() => void simple('mail.signed')} loading={act.isPending} data-testid="delivery-mail-signed">
            {t('mailSigned')}
          </Button>
        )}
        {can('mail.returned') && (
          <Button onClick={() => void simple('mail.returned')} loading={act.isPending} data-testid="delivery-mail-returned">
            {t('mailReturned')}
          </Button>
        )}
        {can('cabinet.recall') && (
          <Button onClick={() => void simple('cabinet.recall')} loading={act.isPending} data-testid="delivery-recall">
            {t('recall')}
          </Button>
        )}
      </Space>
      {tabs.length > 0 ? <Tabs key={first} defaultActiveKey={first} items={tabs} data-testid="delivery-tabs" /> : !can('mail.signed') && !can('cabinet.recall') && <Empty />}
    </Space>
  );
}
