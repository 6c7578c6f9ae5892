import { Alert, Button, Card, Descriptions, List, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasPermission, useMe, type Me } from '../../features/session/index.ts';
import { useWindowView } from './queue/api.ts';
import { useMyWindow } from './queue/useMyWindow.ts';

/** A clerk's day at a glance: their window, its state, what waits and what they finished today. */
function WindowOverview({ me }: { me: Me }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.overview' });
  const mine = useMyWindow(me);
  const view = useWindowView(mine.window?.id);
  if (mine.isPending) return null;
  if (!mine.window) return <Alert type="warning" showIcon title={t('noWindow')} style={{ marginBottom: 16 }} />;
  const v = view.data;
  return (
    <Card size="small" title={t('window', { number: mine.window.number, name: mine.window.name })} style={{ marginBottom: 16 }} data-testid="workbench-window">
      <Space size={48} wrap style={{ marginBottom: 12 }}>
        <Statistic title={t('doneToday')} value={v?.doneToday ?? '—'} data-testid="workbench-done-today" />
        <Statistic title={t('waiting')} value={v?.waiting.length ?? '—'} />
        <Statistic title={t('current')} value={v?.current?.number ?? t('none')} />
      </Space>
      <Descriptions size="small" column={1} items={[{ label: t('state'), children: v ? t(`states.${v.session.status}`) : '—' }]} />
      <Link to="/workbench/queue">
        <Button type="primary" style={{ marginTop: 12 }} data-testid="workbench-open-queue">
          {t('openQueue')}
        </Button>
      </Link>
    </Card>
  );
}

/** 我的工作台: who and where, the window overview for those who call, and what each role does (and what is not built yet). */
export function WorkbenchHome() {
  const { t, i18n } = useTranslation();
  const me = useMe().data!;
  const work = me.roles.map((r) => r.code).filter((code) => i18n.exists(`workbench.roleWork.${code}`));
  const calls = hasPermission(me, 'queue.serve');
  return (
    <Card title={t('workbench.title')}>
      <Typography.Paragraph type="secondary">{t('workbench.you', { name: me.name, center: me.center.name })}</Typography.Paragraph>
      {calls && <WindowOverview me={me} />}
      <List
        size="small"
        bordered
        header={t('workbench.rolesTitle')}
        dataSource={work}
        renderItem={(code) => <List.Item>{t(`workbench.roleWork.${code}`)}</List.Item>}
        style={{ marginBottom: 16 }}
      />
      <Alert type="info" showIcon title={t(calls ? 'workbench.nowCalling' : 'workbench.nowOther')} data-testid="workbench-now" />
    </Card>
  );
}
