import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../features/session/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { useMyWindow } from './useMyWindow.ts';

/** 窗口叫号: the window this person serves, found from their posts (a duty head may pick any window of the center). */
export function QueuePage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const me = useMe().data!;
  const { window, options, choose, isPending, error } = useMyWindow(me);
  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error) return <Alert type="error" showIcon title={errorText(error, t('title'))} />;
  if (!window) return <Alert type="info" showIcon title={t('noWindow')} data-testid="queue-no-window" />;
  return <QueuePanel key={window.id} window={window} options={options} onChoose={choose} />;
}
