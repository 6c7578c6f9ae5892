import { ShareAltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { delegationModes } from '../../../../../domain/catalog/index.ts';
import { formatDateTime } from '../../../../ui/format.ts';
import { useCenters } from '../../shared/hooks.ts';
import { useLang } from '../../shared/lang.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogCommands } from '../api.ts';
import type { Delegation, ItemDetail } from '../types.ts';
import { DelegateModal } from './DelegateModal.tsx';

/**
 * 委托 / 下放 of a county item to the township and village centers below it. Delegations are
 * ended, never deleted, so who could handle the item when stays answerable.
 */
export function DelegationsPanel({ detail, manage }: { detail: ItemDetail; manage: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const { data: centers = [] } = useCenters();
  const { endDelegation } = useCatalogCommands();
  const [adding, setAdding] = useState(false);
  const owner = centers.find((c) => c.id === detail.item.centerId);
  const canDelegate = manage && owner?.level === 'county';

  const end = (d: Delegation) =>
    modal.confirm({
      title: t('console.catalog.delegation.confirmEnd', { center: d.centerName, mode: delegationModes[d.mode][lang] }),
      content: t('console.catalog.delegation.endHint'),
      okText: t('console.catalog.delegation.end'),
      okButtonProps: { danger: true },
      cancelText: t('console.common.cancel'),
      onOk: async () => {
        try {
          await endDelegation.mutateAsync({ itemId: detail.item.id, delegationId: d.id });
          message.success(t('console.catalog.delegation.ended'));
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  const columns: ColumnsType<Delegation> = [
    { title: t('console.catalog.delegation.to'), dataIndex: 'centerName' },
    { title: t('console.catalog.delegation.level'), dataIndex: 'centerLevel', width: 140, render: (l: string) => t(`console.levels.${l}`) },
    {
      title: t('console.catalog.delegation.mode'),
      dataIndex: 'mode',
      width: 100,
      render: (m: Delegation['mode']) => <Tag color="cyan">{delegationModes[m][lang]}</Tag>,
    },
    { title: t('console.catalog.delegation.since'), dataIndex: 'since', width: 120 },
    {
      title: t('console.common.status'),
      key: 'state',
      width: 220,
      render: (_, d) =>
        d.active ? (
          <Tag color="green">{t('console.catalog.delegation.inForce')}</Tag>
        ) : (
          <Tag>{t('console.catalog.delegation.endedAt', { time: formatDateTime(d.endedAt) })}</Tag>
        ),
    },
  ];
  if (canDelegate)
    columns.push({
      title: t('console.common.actions'),
      key: 'actions',
      width: 100,
      render: (_, d) =>
        d.active && (
          <Button type="link" size="small" danger onClick={() => end(d)} data-testid="delegation-end">
            {t('console.catalog.delegation.end')}
          </Button>
        ),
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
        <Alert type="info" showIcon title={t('console.catalog.delegation.hint')} style={{ flex: 1 }} />
        {canDelegate && (
          <Button type="primary" icon={<ShareAltOutlined />} onClick={() => setAdding(true)} data-testid="delegation-add">
            {t('console.catalog.delegation.add')}
          </Button>
        )}
      </div>
      {manage && owner && owner.level !== 'county' && <Alert type="warning" showIcon title={t('console.catalog.delegation.onlyCounty')} />}
      <Table<Delegation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.delegations}
        pagination={false}
        data-testid="delegations-table"
      />
      {adding && owner && (
        <DelegateModal
          itemId={detail.item.id}
          owner={owner}
          taken={detail.delegations.filter((d) => d.active).map((d) => d.toCenterId)}
          onClose={() => setAdding(false)}
        />
      )}
    </Space>
  );
}
