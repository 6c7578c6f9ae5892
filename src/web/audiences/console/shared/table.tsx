import { Alert } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './serverErrors.ts';
import type { ListParams } from './types.ts';

/** Table paging bound to the API's page and pageSize. */
export function usePagination(
  params: ListParams,
  total: number | undefined,
  setPage: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  const { t } = useTranslation();
  return {
    current: params.page,
    pageSize: params.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n) => t('console.common.total', { count: n }),
    onChange: setPage,
  };
}

/** A list that failed to load says why rather than looking empty. */
export function ListError({ error }: { error: unknown }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />;
}
