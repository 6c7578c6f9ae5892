import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SigningKeyList, SigningKeyView } from '../../../../contract/certificate.ts';
import { api } from '../../../api/client.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { errorText } from '../shared/serverErrors.ts';
import { ListError } from '../shared/table.tsx';
import './messages.ts';

const key = ['certificate-keys'];

/** 证照签名密钥 (security administrator): the keys, public halves only, and the audited rotation. */
export function CertificateKeysPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.certificateKeys' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: key, queryFn: () => api<SigningKeyList>('/certificates/keys') });
  const rotate = useMutation({
    mutationFn: () => api<SigningKeyView>('/certificates/keys/rotate', { method: 'POST', body: {} }),
    onSuccess: async (k) => {
      void message.success(t('rotated', { id: k.id }));
      await qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Card
      title={t('title')}
      extra={
        <Popconfirm title={t('rotateConfirm')} onConfirm={() => rotate.mutate()}>
          <Button type="primary" loading={rotate.isPending} data-testid="certificate-key-rotate">
            {t('rotate')}
          </Button>
        </Popconfirm>
      }
    >
      <Alert type="info" showIcon title={t('hint')} style={{ marginBottom: 16 }} />
      {keys.error ? (
        <ListError error={keys.error} />
      ) : (
        <Table<SigningKeyView>
          rowKey="id"
          loading={keys.isPending}
          dataSource={keys.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('empty') }}
          data-testid="certificate-keys"
          columns={[
            { title: t('id'), dataIndex: 'id', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
            { title: t('state'), dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('retired')}</Tag>) },
            { title: t('createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
            { title: t('createdBy'), dataIndex: 'createdBy', width: 160 },
            { title: t('retiredAt'), dataIndex: 'retiredAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
            { title: t('publicKey'), dataIndex: 'publicKey', ellipsis: true, render: (v: string) => <Typography.Text copyable={{ text: v }}>{v}</Typography.Text> },
          ]}
        />
      )}
    </Card>
  );
}
