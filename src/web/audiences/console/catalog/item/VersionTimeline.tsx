import { Button, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VersionState } from '../../../../../domain/catalog/index.ts';
import { formatDateTime } from '../../../../ui/format.ts';
import { useCan, useStaffDirectory } from '../../shared/hooks.ts';
import { VersionStateTag } from '../labels.tsx';
import type { VersionSummary } from '../types.ts';

const colors = { draft: 'gold', published: 'green', retired: 'gray' } as const satisfies Record<VersionState, string>;

/** Staff names by id; seeded versions have no author and read as "system". */
function useWho() {
  const { t } = useTranslation();
  const can = useCan();
  const { data = [] } = useStaffDirectory(can('staff.read'));
  return (id: string | null) =>
    id ? (data.find((s) => s.id === id)?.name ?? t('console.catalog.versions.someone')) : t('console.catalog.versions.system');
}

interface Props {
  itemId: string;
  /** Newest first. */
  versions: VersionSummary[];
  shownId: string | undefined;
  onView: (versionId: string) => void;
}

/** 版本记录: each version with when it was drafted, published and ended, and by whom. */
export function VersionTimeline({ itemId, versions, shownId, onView }: Props) {
  const { t } = useTranslation();
  const who = useWho();
  const line = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  const items = versions.map((v, i) => {
    const previous = versions[i + 1];
    return {
      key: v.id,
      color: colors[v.state],
      title: formatDateTime(v.publishedAt ?? v.updatedAt),
      content: (
        <Space orientation="vertical" size={2} data-testid={`version-${v.versionNo}`}>
          <Space size={8} wrap>
            <VersionStateTag state={v.state} versionNo={v.versionNo} />
            <Typography.Text strong>{v.name}</Typography.Text>
          </Space>
          {line(t('console.catalog.versions.drafted', { who: who(v.createdBy) }))}
          {v.state === 'draft' && line(t('console.catalog.versions.lastEdited', { time: formatDateTime(v.updatedAt) }))}
          {v.publishedAt && line(t('console.catalog.versions.published', { who: who(v.publishedBy), time: formatDateTime(v.publishedAt) }))}
          {v.validFrom &&
            line(
              t('console.catalog.versions.valid', {
                from: formatDateTime(v.validFrom),
                to: v.validTo ? formatDateTime(v.validTo) : t('console.catalog.versions.now'),
              }),
            )}
          <Space size={0}>
            <Button type="link" size="small" disabled={v.id === shownId} onClick={() => onView(v.id)} style={{ paddingLeft: 0 }}>
              {v.id === shownId ? t('console.catalog.versions.showing') : t('console.catalog.versions.view')}
            </Button>
            {previous && (
              <Link to={`/console/catalog/${itemId}/compare?from=${previous.id}&to=${v.id}`}>
                {t('console.catalog.versions.compareWithPrevious', { n: previous.versionNo })}
              </Link>
            )}
          </Space>
        </Space>
      ),
    };
  });

  return <Timeline mode="start" titleSpan={5} items={items} data-testid="version-timeline" />;
}
