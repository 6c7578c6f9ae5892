import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useCenters } from '../../shared/hooks.ts';
import { ListError } from '../../shared/table.tsx';
import { useBundles, type Bundle } from './api.ts';

/** 一件事: the bundles of the centers in scope. */
export function BundleListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const list = useBundles();
  const { data: centers = [] } = useCenters();
  const centerName = (id: string) => centers.find((c) => c.id === id)?.name ?? '';
  return (
    <Card
      title={t('console.catalog.bundles.title')}
      extra={
        <Space>
          <Link to="/console/catalog">{t('console.catalog.bundles.toCatalog')}</Link>
          {can('catalog.manage') && (
            <Link to="/console/catalog/bundles/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="bundle-create">
                {t('console.catalog.bundles.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <p style={{ marginTop: 0 }}>{t('console.catalog.bundles.intro')}</p>
      <ListError error={list.error} />
      <Table<Bundle>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={false}
        columns={[
          {
            title: t('console.catalog.bundles.name'),
            dataIndex: 'name',
            render: (name: string, b) => <Link to={`/console/catalog/bundles/${b.id}`}>{name}</Link>,
          },
          { title: t('console.catalog.bundles.center'), dataIndex: 'centerId', render: (id: string) => centerName(id) },
          {
            title: t('console.catalog.bundles.items'),
            dataIndex: 'items',
            render: (items: Bundle['items']) => items.map((i) => i.name).join('、'),
          },
          {
            title: t('console.catalog.bundles.state'),
            dataIndex: 'published',
            render: (p: boolean) => (p ? <Tag color="green">{t('console.catalog.bundles.published')}</Tag> : <Tag>{t('console.catalog.bundles.unpublished')}</Tag>),
          },
        ]}
      />
    </Card>
  );
}
