import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskListItem } from '../../../../contract/task.ts';
import './joint.messages.ts';

/** The 联办 tag beside a joint department's sub-task (decision 0034), in the inbox and on the step screen. */
export function JointTag({ kind }: { kind: TaskListItem['kind'] }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'jointTask' });
  return kind === 'joint' ? <Tag color="purple">{t('tag')}</Tag> : null;
}
