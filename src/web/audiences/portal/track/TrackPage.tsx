import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TrackResult } from '../../../../contract/case.ts';
import { api } from '../../../api/client.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';

/**
 * /portal/track: a case by its number and the applicant's phone — the stage, the due date and
 * the notices, nothing more. The notices' QR codes land here with ?number= filled in.
 */
export function TrackPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.track' });
  useDocumentTitle(t('title'), i18n.t('portal.title'));
  const [params] = useSearchParams();
  const track = useMutation({ mutationFn: (q: { number: string; phone: string }) => api<TrackResult>('/portal/track', { query: q }) });
  const en = i18n.language?.startsWith('en');
  const r = track.data;
  return (
    <section className="ow-panel ow-section" style={{ maxWidth: 480, margin: '0 auto' }} data-testid="track-page">
      <h1 style={{ fontSize: 22 }}>{t('title')}</h1>
      <p className="ow-small ow-muted">{t('intro')}</p>
      <Form
        layout="vertical"
        initialValues={{ number: params.get('number') ?? '' }}
        onFinish={(v: { number: string; phone: string }) => track.mutate({ number: v.number.trim(), phone: v.phone.trim() })}
        requiredMark={false}
      >
        <Form.Item name="number" label={t('number')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input size="large" inputMode="numeric" autoComplete="off" data-testid="track-number" />
        </Form.Item>
        <Form.Item name="phone" label={t('phone')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input size="large" type="tel" inputMode="tel" autoComplete="tel" data-testid="track-phone" />
        </Form.Item>
        <Button type="primary" size="large" block htmlType="submit" loading={track.isPending} data-testid="track-submit">
          {t('submit')}
        </Button>
      </Form>
      {track.error && <Alert style={{ marginTop: 16 }} type="error" showIcon title={errorText(track.error, t('failed'))} />}
      {r && !r.found && <Alert style={{ marginTop: 16 }} type="warning" showIcon title={t('notFound')} data-testid="track-not-found" />}
      {r?.found && r.stage && (
        <div style={{ marginTop: 20 }} data-testid="track-result">
          <p style={{ fontSize: 18, margin: '0 0 4px' }}>{r.itemName}</p>
          <p style={{ margin: '0 0 8px' }}>
            {t('stage')}
            <Tag color="blue" style={{ fontSize: 16, padding: '2px 10px' }} data-testid="track-stage">
              {en ? r.stage.en : r.stage.zh}
            </Tag>
          </p>
          <p style={{ margin: '0 0 12px' }} data-testid="track-due">
            {t('due')}
            {r.promisedDue ?? t('noDue')}
          </p>
          <List
            size="small"
            header={t('notices')}
            bordered
            dataSource={r.notices}
            locale={{ emptyText: t('noNotices') }}
            renderItem={(n) => (
              <List.Item>
                <div>
                  <div>{n.title}</div>
                  <div className="ow-small ow-muted">
                    {n.number} · {formatDateTime(n.issuedAt)}
                  </div>
                </div>
              </List.Item>
            )}
          />
        </div>
      )}
    </section>
  );
}
