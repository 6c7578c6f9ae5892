import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineStatus } from '../../../../domain/online/index.ts';

const colors: Record<OnlineStatus, string> = { draft: 'default', submitted: 'blue', correction_requested: 'orange', accepted: 'green', refused: 'red', withdrawn: 'default' };

export function StatusTag({ status }: { status: OnlineStatus }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.status' });
  return (
    <Tag color={colors[status]} data-testid="application-status" data-status={status}>
      {t(status)}
    </Tag>
  );
}
