import { App, Button, Card, Descriptions, Empty, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../shared/hooks.ts';
import { errorText } from '../shared/serverErrors.ts';
import type { Post, ServiceWindow, Staff } from '../shared/types.ts';
import { ServingTag } from './ServingTag.tsx';

interface Props {
  window: ServiceWindow;
  post: Post;
  holder?: Staff;
  candidates: { value: string; label: string }[];
  centerName: (id: string) => string;
  manage: boolean;
}

/** One post (A 首席代表 or B) of a window: who holds it, assign or release it, let it serve. */
export function PostCard({ window: w, post, holder, candidates, centerName, manage }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const command = useCommand('/windows');
  const [chosen, setChosen] = useState<string>();
  const serving = w.servingPost === post;
  const assigned = w.posts.some((p) => p.post === post);

  const run = async (call: Parameters<typeof command.mutateAsync>[0], done: string) => {
    try {
      await command.mutateAsync(call);
      message.success(done);
      setChosen(undefined);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const release = () =>
    modal.confirm({
      title: t('console.windows.confirmRelease', { post, name: holder?.name ?? '' }),
      content: serving ? t('console.windows.releaseServingWarning') : undefined,
      okButtonProps: { danger: true },
      okText: t('console.windows.release'),
      cancelText: t('console.common.cancel'),
      onOk: () => run({ id: w.id, action: `posts/${post}`, method: 'DELETE' }, t('console.windows.released', { post })),
    });

  return (
    <Card
      size="small"
      title={t(post === 'A' ? 'console.windows.postA' : 'console.windows.postB')}
      extra={serving && assigned && <ServingTag post={post} />}
      style={{ marginBottom: 16, borderColor: serving && assigned ? (post === 'A' ? '#52c41a' : '#fa8c16') : undefined }}
    >
      {assigned ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('console.staff.name'), children: holder?.name ?? t('console.windows.unknownStaff') },
            { key: 'username', label: t('console.staff.username'), children: holder?.username ?? '—' },
            { key: 'center', label: t('console.common.center'), children: holder ? centerName(holder.centerId) : '—' },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('console.windows.vacant')} />
      )}
      {manage && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              value={chosen}
              onChange={setChosen}
              options={candidates}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('console.windows.chooseStaff')}
              aria-label={t('console.windows.chooseStaffFor', { post })}
              style={{ flex: 1 }}
            />
            <Button
              type="primary"
              disabled={!chosen}
              loading={command.isPending}
              onClick={() =>
                chosen &&
                run({ id: w.id, action: 'posts', method: 'PUT', body: { post, staffId: chosen } }, t('console.windows.assigned', { post }))
              }
            >
              {assigned ? t('console.windows.replace') : t('console.windows.assign')}
            </Button>
          </Space.Compact>
          <Space wrap>
            {assigned && (
              <Button danger onClick={release}>
                {t('console.windows.release')}
              </Button>
            )}
            {/* Serving passes to a post that has someone on it: B while A is away, A when back. */}
            {assigned && !serving && (
              <Button onClick={() => run({ id: w.id, action: 'serving-post', body: { post } }, t('console.windows.switched', { post }))}>
                {t(post === 'B' ? 'console.windows.serveB' : 'console.windows.serveA')}
              </Button>
            )}
          </Space>
        </Space>
      )}
    </Card>
  );
}
