import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { delegationModes } from '../../../../../domain/catalog/index.ts';
import { useCan } from '../../shared/hooks.ts';
import { useLang } from '../../shared/lang.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useItem, useVersion } from '../api.ts';
import { DelegationsPanel } from '../delegation/DelegationsPanel.tsx';
import { GuideView } from '../guide/GuideView.tsx';
import { CaseTypeTag, VersionStateTag } from '../labels.tsx';
import type { ItemDetail } from '../types.ts';
import { ItemActions } from './ItemActions.tsx';
import { useOwnership } from './ownership.ts';
import { VersionTimeline } from './VersionTimeline.tsx';

/** The open draft and the published version; the newest one when the item is retired. */
function liveVersions(detail: ItemDetail) {
  const live = detail.versions.filter((v) => v.state !== 'retired');
  return live.length ? live : detail.versions.slice(0, 1);
}

/** One item: its guide as printed, its versions, its delegations, and what may be done next. */
export function ItemPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const can = useCan();
  const navigate = useNavigate();
  const { itemId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const item = useItem(itemId);
  const detail = item.data;
  const { ready, owned, ownerCenter, delegatedToMe } = useOwnership(detail);
  // The head version comes with the item; another one is fetched when picked in the timeline.
  const picked = search.get('v') ?? undefined;
  const other = useVersion(picked && picked !== detail?.head.id ? picked : undefined);
  const shown = picked && picked !== detail?.head.id ? other.data : detail?.head;
  const tab = search.get('tab') ?? 'guide';

  if (item.error)
    return (
      <Result
        status="warning"
        title={errorText(item.error)}
        extra={<Button onClick={() => navigate('/console/catalog')}>{t('console.catalog.item.back')}</Button>}
      />
    );
  // Ownership decides read-only: wait for the scope's centers rather than flash the wrong view.
  if (!detail || !ready) return <Skeleton active />;

  const head = detail.head;
  const view = (versionId: string) => setSearch({ v: versionId, tab: 'guide' });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/console/catalog')} style={{ padding: 0 }}>
            {t('console.catalog.item.back')}
          </Button>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap' }}>
            <Space orientation="vertical" size={4}>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="item-title">
                {head.name}
              </Typography.Title>
              {head.subItemName && <Typography.Text type="secondary">{head.subItemName}</Typography.Text>}
              <Space size={4} wrap>
                <CaseTypeTag type={head.caseType} />
                {liveVersions(detail).map((v) => (
                  <VersionStateTag key={v.id} state={v.state} versionNo={v.versionNo} />
                ))}
                {!owned && <Tag color="cyan">{t('console.catalog.list.delegatedFrom')}</Tag>}
                {ownerCenter && <Typography.Text type="secondary">{ownerCenter.name}</Typography.Text>}
              </Space>
            </Space>
            <ItemActions detail={detail} manage={owned && can('catalog.manage')} />
          </div>
          {!owned && (
            <Alert
              type="info"
              showIcon
              title={t('console.catalog.item.readOnlyDelegated', {
                mode: delegatedToMe ? delegationModes[delegatedToMe.mode][lang] : t('console.catalog.list.delegatedFrom'),
              })}
            />
          )}
        </Space>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setSearch(picked ? { v: picked, tab: k } : { tab: k })}
          items={[
            {
              key: 'guide',
              label: t('console.catalog.item.tabGuide'),
              children: shown ? (
                <GuideView version={shown} basicCode={detail.item.basicCode} localCode={detail.item.localCode} />
              ) : (
                <Skeleton active />
              ),
            },
            {
              key: 'versions',
              label: t('console.catalog.item.tabVersions', { count: detail.versions.length }),
              children: <VersionTimeline itemId={itemId} versions={detail.versions} shownId={shown?.id} onView={view} />,
            },
            {
              key: 'delegations',
              label: t('console.catalog.item.tabDelegations', { count: detail.delegations.filter((d) => d.active).length }),
              children: <DelegationsPanel detail={detail} manage={owned && can('catalog.manage')} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
