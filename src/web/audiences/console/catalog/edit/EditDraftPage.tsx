import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '../../shared/hooks.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { useItem, useVersion } from '../api.ts';
import { VersionStateTag } from '../labels.tsx';
import { useOwnership } from '../item/ownership.ts';
import { GuideForm } from './GuideForm.tsx';
import '../../../../ui/messages.ts';

/** 编辑草稿: the item's open draft as a form. Published versions are never edited in place. */
export function EditDraftPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useCan();
  const { itemId = '' } = useParams();
  const item = useItem(itemId);
  const draft = item.data?.versions.find((v) => v.state === 'draft');
  const version = useVersion(draft?.id);
  const { ready, owned } = useOwnership(item.data);
  const back = () => navigate(`/console/catalog/${itemId}`);
  const error = item.error ?? version.error;

  if (error)
    return (
      <Result status="warning" title={errorText(error)} extra={<Button onClick={back}>{t('console.catalog.edit.backToItem')}</Button>} />
    );
  // A delegated item is read-only for the center it was delegated to.
  if (!can('catalog.manage') || (ready && !owned)) return <Result status="403" title={t('common.forbidden')} />;
  if (item.data && !draft)
    return (
      <Result
        status="info"
        title={t('console.catalog.edit.noDraft')}
        extra={<Button onClick={back}>{t('console.catalog.edit.backToItem')}</Button>}
      />
    );
  // Only the first load waits: a refetch after saving must not unmount the form.
  if (!version.data) return <Skeleton active />;

  const v = version.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={4}>
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={back} style={{ padding: 0 }}>
            {t('console.catalog.edit.backToItem')}
          </Button>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="edit-title">
              {t('console.catalog.edit.title', { name: v.name })}
            </Typography.Title>
            <VersionStateTag state={v.state} versionNo={v.versionNo} />
          </Space>
          <Typography.Text type="secondary">{t('console.catalog.edit.hint')}</Typography.Text>
        </Space>
      </Card>
      <GuideForm key={v.id} version={v} />
    </Space>
  );
}
