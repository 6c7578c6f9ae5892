import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../shared/hooks.ts';
import { ListError } from '../../shared/table.tsx';
import { useCatalogList, useCatalogListState } from '../api.ts';
import { NewItemModal } from '../NewItemModal.tsx';
import type { ItemSummary } from '../types.ts';
import { CatalogFilters } from './CatalogFilters.tsx';
import { ExcelButtons } from './ExcelButtons.tsx';
import { RuleSettings } from './RuleSettings.tsx';
import { useCatalogColumns } from './columns.tsx';

/** 事项清单: every item in scope (and those delegated into it) with its newest version. */
export function CatalogListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { params, setFilter, setPage } = useCatalogListState();
  const list = useCatalogList(params);
  const columns = useCatalogColumns();
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t('console.catalog.list.title')}
      extra={
        <Space>
          <Link to="/console/catalog/bundles" data-testid="catalog-bundles">
            <Button>{t('console.catalog.bundles.entry')}</Button>
          </Link>
          <ExcelButtons canManage={can('catalog.manage')} />
          {can('catalog.manage') && <RuleSettings />}
          {can('catalog.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="catalog-create">
              {t('console.catalog.create.button')}
            </Button>
          )}
        </Space>
      }
    >
      <CatalogFilters params={params} setFilter={setFilter} />
      <ListError error={list.error} />
      <Table<ItemSummary>
        rowKey="itemId"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (n) => t('console.common.total', { count: n }),
          onChange: setPage,
        }}
      />
      {creating && <NewItemModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
