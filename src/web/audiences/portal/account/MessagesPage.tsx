import { Alert, Button, Empty, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useCitizen } from './api.ts';
import { useInbox, useMarkRead } from './notify-api.ts';

/** /portal/me/messages: the citizen's 站内信, newest first; opening one marks it read. */
export function MessagesPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.account.inbox' });
  useDocumentTitle(t('title'), i18n.t('portal.title'));
  const me = useCitizen();
  const inbox = useInbox();
  const mark = useMarkRead();
  if (me.isPending) return <Skeleton active />;
  if (!me.data && !me.error) return <Navigate to="/portal/sign-in?next=/portal/me/messages" replace />;
  const error = me.error ?? inbox.error;
  return (
    <section className="ow-panel ow-section ow-portal-narrow" data-testid="citizen-messages">
      <div className="ow-portal-title-row">
        <h1>{t('title')}</h1>
        {!!inbox.data?.unread && (
          <Button onClick={() => mark.mutate(null)} loading={mark.isPending && mark.variables === null} data-testid="inbox-read-all">
            {t('readAll')}
          </Button>
        )}
      </div>
      <p className="ow-small ow-muted" data-testid="inbox-unread">
        {inbox.data ? t('unread', { count: inbox.data.unread }) : ' '}
      </p>
      {error && <Alert type="error" showIcon title={errorText(error, t('failed'))} />}
      {inbox.isPending && !error && <Skeleton active />}
      {inbox.data && inbox.data.items.length === 0 && <Empty description={t('empty')} />}
      <ul className="ow-inbox" aria-label={t('title')}>
        {inbox.data?.items.map((m) => {
          const unread = m.readAt === null;
          return (
            <li key={m.id} className={unread ? 'ow-inbox-item is-unread' : 'ow-inbox-item'} data-testid="inbox-item" data-read={unread ? 'no' : 'yes'}>
              <details onToggle={(e) => (e.currentTarget.open && unread ? mark.mutate(m.id) : undefined)}>
                <summary>
                  <span className="ow-inbox-subject">
                    {unread && (
                      <Tag color="blue" className="ow-inbox-new">
                        {t('new')}
                      </Tag>
                    )}
                    {m.subject}
                  </span>
                  <time className="ow-small ow-muted" dateTime={m.createdAt}>
                    {formatDateTime(m.createdAt)}
                  </time>
                </summary>
                <p className="ow-inbox-body" data-testid="inbox-body">
                  {m.body}
                </p>
              </details>
            </li>
          );
        })}
      </ul>
      <p style={{ marginTop: 16 }}>
        <Link to="/portal/me/notifications" data-testid="to-notification-settings">
          {t('settings')}
        </Link>
      </p>
    </section>
  );
}
