import { CheckCircleOutlined, DiffOutlined, EditOutlined, FileAddOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { actionsByState, type VersionAction } from '../../../../../domain/catalog/index.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogCommands } from '../api.ts';
import { usePublish } from '../publish/usePublish.tsx';
import type { ItemDetail, VersionSummary } from '../types.ts';
import { RetireModal } from './RetireModal.tsx';

const allowed = (v: VersionSummary | undefined, action: VersionAction) =>
  !!v && (actionsByState[v.state] as readonly VersionAction[]).includes(action);

/**
 * The buttons an item offers come from the version state machine (actionsByState): a draft
 * may be edited and published; the published version may be retired, or superseded by a new
 * draft copied from it. The server checks the same table.
 */
export function ItemActions({ detail, manage }: { detail: ItemDetail; manage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { newDraft } = useCatalogCommands();
  const { publish, check, checking } = usePublish();
  const [retiring, setRetiring] = useState(false);
  const itemId = detail.item.id;
  const draft = detail.versions.find((v) => v.state === 'draft');
  const published = detail.versions.find((v) => v.state === 'published');
  const base = `/console/catalog/${itemId}`;

  const startDraft = async () => {
    try {
      const r = await newDraft.mutateAsync(itemId);
      message.success(t('console.catalog.item.draftCreated', { n: r.version.versionNo }));
      navigate(`${base}/edit`);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Space wrap>
      {detail.versions.length > 1 && (
        <Button icon={<DiffOutlined />} onClick={() => navigate(`${base}/compare`)} data-testid="action-compare">
          {t('console.catalog.item.compare')}
        </Button>
      )}
      {draft && (
        <Button icon={<CheckCircleOutlined />} loading={checking} onClick={() => void check(draft.id)} data-testid="action-check">
          {t('console.catalog.publish.check')}
        </Button>
      )}
      {manage && allowed(draft, 'edit') && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`${base}/edit`)} data-testid="action-edit">
          {t('console.catalog.item.editDraft', { n: draft!.versionNo })}
        </Button>
      )}
      {manage && allowed(draft, 'publish') && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => void publish(draft!)} data-testid="action-publish">
          {t('console.catalog.publish.button', { n: draft!.versionNo })}
        </Button>
      )}
      {/* One draft at a time: while it is open, "supersede" means finishing that draft. */}
      {manage && !draft && allowed(published, 'supersede') && (
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          loading={newDraft.isPending}
          onClick={() => void startDraft()}
          data-testid="action-new-draft"
        >
          {t('console.catalog.item.newDraft')}
        </Button>
      )}
      {manage && allowed(published, 'retire') && (
        <Button danger icon={<StopOutlined />} onClick={() => setRetiring(true)} data-testid="action-retire">
          {t('console.catalog.item.retire')}
        </Button>
      )}
      {retiring && published && <RetireModal itemId={itemId} version={published} onClose={() => setRetiring(false)} />}
    </Space>
  );
}
