import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCenterName } from '../../shared/CenterSelect.tsx';
import { useDepartmentName } from '../DepartmentSelect.tsx';
import { CaseTypeTag, useFormatLimit, VersionStateTag } from '../labels.tsx';
import type { ItemSummary } from '../types.ts';

/** The catalog list's columns: what a manager scans for (name, department, type, limits, state). */
export function useCatalogColumns(): ColumnsType<ItemSummary> {
  const { t } = useTranslation();
  const limit = useFormatLimit();
  const departmentName = useDepartmentName();
  const centerName = useCenterName();

  return [
    {
      title: t('console.catalog.fields.name'),
      key: 'name',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Link to={`/console/catalog/${r.itemId}`} data-testid="catalog-item-link">
              {r.name}
            </Link>
            {!r.owned && (
              <Tooltip title={t('console.catalog.list.delegatedHint')}>
                <Tag color="cyan" data-testid="delegated-tag">
                  {t('console.catalog.list.delegatedFrom')}
                </Tag>
              </Tooltip>
            )}
          </Space>
          {r.subItemName && <Typography.Text type="secondary">{r.subItemName}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.localCode ?? r.basicCode}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('console.catalog.list.department'),
      key: 'department',
      width: 170,
      render: (_, r) => departmentName(r.departmentId, r.implementingBody || '—'),
    },
    { title: t('console.catalog.fields.caseType'), key: 'caseType', width: 96, render: (_, r) => <CaseTypeTag type={r.caseType} /> },
    {
      title: t('console.catalog.list.limits'),
      key: 'limits',
      width: 190,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>
            <Typography.Text type="secondary">{t('console.catalog.list.legalShort')}</Typography.Text> {limit(r.legalLimit)}
          </span>
          <span>
            <Typography.Text type="secondary">{t('console.catalog.list.promisedShort')}</Typography.Text> {limit(r.promisedLimit)}
          </span>
        </Space>
      ),
    },
    {
      title: t('console.catalog.list.state'),
      key: 'state',
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <VersionStateTag state={r.state} versionNo={r.versionNo} />
          {r.state === 'draft' && r.currentVersionId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('console.catalog.list.publishedLive')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('console.common.center'),
      key: 'center',
      width: 170,
      // A delegated item's owner sits above the user's scope, so its name is not in the list.
      render: (_, r) => (r.owned ? centerName(r.centerId) : t('console.catalog.list.upperCenter')),
    },
  ];
}
