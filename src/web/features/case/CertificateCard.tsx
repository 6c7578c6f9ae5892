// The case page's 电子证照 card (issue #18, decision 0039): issue the signed e-certificate of
// an approved case, print its PDF, open its public verification page, and revoke it (department head).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../../contract/case.ts';
import type { CertificateList, CertificateView } from '../../../contract/certificate.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { hasPermission, useMe } from '../session/index.ts';
import './certificate-messages.ts';

const pdfUrl = (id: string) => `/api/v1/certificates/${id}/pdf`;

export function CertificateCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'certificateCard' });
  const { message } = App.useApp();
  const me = useMe().data;
  const qc = useQueryClient();
  const key = ['case-certificates', c.id];
  const list = useQuery({ queryKey: key, queryFn: () => api<CertificateList>('/certificates', { query: { caseId: c.id } }), enabled: c.decision === 'approved' });
  const [revoking, setRevoking] = useState<CertificateView | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const issue = useMutation({
    mutationFn: () => api<CertificateView>('/certificates', { method: 'POST', body: { caseId: c.id } }),
    onSuccess: async () => {
      void message.success(t('issued'));
      await qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => void message.error(errorText(e, t('issueFailed'))),
  });
  const revoke = useMutation({
    mutationFn: (v: { id: string; reason: string }) => api<CertificateView>(`/certificates/${v.id}/revoke`, { method: 'POST', body: { reason: v.reason } }),
    onSuccess: async () => {
      setRevoking(null);
      form.resetFields();
      await qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => void message.error(errorText(e, t('revokeFailed'))),
  });
  if (c.decision !== 'approved') return null;
  const items = list.data?.items ?? [];
  const inForce = items.some((x) => !x.revokedAt);
  const issuable = !!c.certificate && (c.state === 'decided_approved' || c.state === 'concluded');
  return (
    <Card
      title={t('title')}
      size="small"
      data-testid="certificate-card"
      extra={
        hasPermission(me, 'certificate.issue') &&
        issuable &&
        !inForce && (
          <Button type="primary" size="small" loading={issue.isPending} onClick={() => issue.mutate()} data-testid="certificate-issue">
            {t('issue')}
          </Button>
        )
      }
    >
      <List
        size="small"
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: issuable ? t('none') : t('notYet') }}
        renderItem={(x) => (
          <List.Item
            data-testid="certificate-item"
            actions={[
              <a key="pdf" href={pdfUrl(x.id)} target="_blank" rel="noopener" data-testid="certificate-pdf">
                {t('pdf')}
              </a>,
              <a key="verify" href={x.verifyUrl} target="_blank" rel="noopener">
                {t('verify')}
              </a>,
              ...(hasPermission(me, 'certificate.revoke') && !x.revokedAt
                ? [
                    <Button key="revoke" size="small" danger onClick={() => setRevoking(x)} data-testid="certificate-revoke">
                      {t('revoke')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <Space orientation="vertical" size={0}>
              <span>
                {x.fields.name} {x.fields.number} {x.revokedAt ? <Tag color="orange">{t('revoked')}</Tag> : <Tag color="green">{t('valid')}</Tag>}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('code')} <span data-testid="certificate-code">{x.code}</span> · {t('keyId')} {x.keyId} · {t('issuedBy')} {x.issuedBy} {formatDateTime(x.issuedAt)}
              </Typography.Text>
              {x.revokedAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('revokedBy')} {x.revokedBy} {formatDateTime(x.revokedAt)}：{x.revokeReason}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={!!revoking}
        title={t('revokeTitle')}
        okText={t('revokeOk')}
        okButtonProps={{ danger: true, loading: revoke.isPending, 'data-testid': 'certificate-revoke-ok' } as never}
        onCancel={() => setRevoking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => revoking && revoke.mutate({ id: revoking.id, reason: v.reason.trim() })}>
          <Form.Item name="reason" label={t('revokeReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('required') }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="certificate-revoke-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
