import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Result, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { versionStateLabels } from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useComparison, useItem } from '../api.ts';
import type { VersionSummary } from '../types.ts';
import { FieldDiffTable, MaterialDiffTable } from './DiffTables.tsx';

/** 版本对比: two versions of an item, field by field and material by material. */
export function ComparePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { itemId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const item = useItem(itemId);
  const versions = item.data?.versions ?? [];
  // By default: what the newest version changes against the one before it.
  const from = search.get('from') ?? versions[1]?.id;
  const to = search.get('to') ?? versions[0]?.id;
  const comparison = useComparison(itemId, from, to);
  const back = () => navigate(`/console/catalog/${itemId}`);

  if (item.error) return <Result status="warning" title={errorText(item.error)} />;
  if (!item.data) return <Skeleton active />;

  const option = (v: VersionSummary) => ({ value: v.id, label: `v${v.versionNo} · ${versionStateLabels[v.state][lang]}` });
  const pick = (key: 'from' | 'to', id: string) => setSearch({ from: from ?? '', to: to ?? '', [key]: id });
  const c = comparison.data;

  return (
    <Card
      title={
        <Space orientation="vertical" size={0}>
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ padding: 0 }}>
            {t('console.catalog.edit.backToItem')}
          </Button>
          <span data-testid="compare-title">{t('console.catalog.compare.title', { name: item.data.head.name })}</span>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('console.catalog.compare.from')}</Typography.Text>
        <Select
          value={from}
          options={versions.map(option)}
          onChange={(id) => pick('from', id)}
          style={{ width: 180 }}
          aria-label={t('console.catalog.compare.from')}
          data-testid="compare-from"
        />
        <Button
          icon={<SwapOutlined />}
          onClick={() => setSearch({ from: to ?? '', to: from ?? '' })}
          aria-label={t('console.catalog.compare.swap')}
        />
        <Typography.Text>{t('console.catalog.compare.to')}</Typography.Text>
        <Select
          value={to}
          options={versions.map(option)}
          onChange={(id) => pick('to', id)}
          style={{ width: 180 }}
          aria-label={t('console.catalog.compare.to')}
          data-testid="compare-to"
        />
      </Space>
      {versions.length < 2 && <Empty description={t('console.catalog.compare.onlyOne')} />}
      {from && from === to && <Alert type="info" showIcon title={t('console.catalog.compare.same')} />}
      {comparison.error && <Alert type="error" showIcon title={errorText(comparison.error)} />}
      {comparison.isFetching && !c && <Skeleton active />}
      {c && from !== to && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {c.fields.length === 0 && c.materials.length === 0 ? (
            <Alert type="success" showIcon title={t('console.catalog.compare.noChanges')} />
          ) : (
            <Typography.Text type="secondary">
              {t('console.catalog.compare.summary', { fields: c.fields.length, materials: c.materials.length })}
            </Typography.Text>
          )}
          {c.fields.length > 0 && <FieldDiffTable changes={c.fields} from={c.from} to={c.to} />}
          {c.materials.length > 0 && <MaterialDiffTable changes={c.materials} />}
        </Space>
      )}
    </Card>
  );
}
