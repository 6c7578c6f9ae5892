import { Alert, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCenterName } from '../shared/CenterSelect.tsx';
import { useCan, useCenters, useStaffDirectory } from '../shared/hooks.ts';
import type { Post, ServiceWindow } from '../shared/types.ts';
import { PostCard } from './PostCard.tsx';

/** The A and B posts of one window (SPEC §1: when A is away, B serves). */
export function PostsDrawer({ window: w, onClose }: { window: ServiceWindow; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data: staff = [] } = useStaffDirectory(can('staff.read'));
  const { data: centers = [] } = useCenters();
  const centerName = useCenterName();
  const windowCenter = centers.find((c) => c.id === w.centerId);
  const holderOf = (post: Post) => w.posts.find((p) => p.post === post)?.staffId;

  // The server takes staff of the window's center or of a center above or below it on the same
  // line (a county bureau posting someone to a township hall); others would be refused.
  const onLine = (centerId: string) => {
    const home = centers.find((c) => c.id === centerId);
    return !!home && !!windowCenter && (windowCenter.path.startsWith(home.path) || home.path.startsWith(windowCenter.path));
  };
  const candidatesFor = (post: Post) => {
    const other = holderOf(post === 'A' ? 'B' : 'A');
    return staff
      .filter((s) => s.active && s.id !== other && s.id !== holderOf(post) && onLine(s.centerId))
      .sort((a, b) => Number(b.centerId === w.centerId) - Number(a.centerId === w.centerId) || a.name.localeCompare(b.name, 'zh'))
      .map((s) => ({ value: s.id, label: `${s.name}（${s.username}）· ${centerName(s.centerId)}` }));
  };
  const holder = (post: Post) => staff.find((s) => s.id === holderOf(post));
  const manage = can('posts.manage');

  return (
    <Drawer open size={520} onClose={onClose} title={t('console.windows.postsTitle', { number: w.number, name: w.name })}>
      <Alert type="info" showIcon title={t('console.windows.postsHint')} style={{ marginBottom: 16 }} />
      {!w.active && <Alert type="warning" showIcon title={t('console.windows.inactiveWindow')} style={{ marginBottom: 16 }} />}
      {(['A', 'B'] as const).map((post) => (
        <PostCard
          key={post}
          window={w}
          post={post}
          holder={holder(post)}
          candidates={candidatesFor(post)}
          centerName={centerName}
          manage={manage && w.active}
        />
      ))}
    </Drawer>
  );
}
