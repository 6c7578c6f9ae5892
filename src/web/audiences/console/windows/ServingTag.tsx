import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Post } from '../shared/types.ts';

/** Who serves the window now: A normally (green), B standing in while A is away (orange). */
export function ServingTag({ post, name }: { post: Post; name?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={post === 'A' ? 'green' : 'orange'}>
      {t(post === 'A' ? 'console.windows.servingA' : 'console.windows.servingB')}
      {name ? ` · ${name}` : ''}
    </Tag>
  );
}
