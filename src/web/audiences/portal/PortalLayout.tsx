import { BellOutlined, FontSizeOutlined, FormOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, ConfigProvider, Skeleton } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { useInbox } from './account/notify-api.ts';
import { useLargeText } from './shared/hooks.ts';
import './portal.css';
import './online/messages.ts';

// Phone first: one column that widens to a reading width on a desktop; nothing needs a hover.
// Large-text mode (适老化) scales every font on the page, antd's components included.
export function PortalLayout() {
  const { t, i18n } = useTranslation();
  const [large, setLarge] = useLargeText();
  const en = i18n.language?.startsWith('en');
  // The hall's name is the home page's main heading; other pages have their own.
  const Brand = useMatch({ path: '/portal', end: true }) ? 'h1' : 'span';
  // 我的消息 with its unread count, once a citizen is signed in.
  const inbox = useInbox();
  const unread = inbox.data?.unread ?? 0;

  useEffect(() => {
    document.documentElement.lang = en ? 'en' : 'zh-CN';
  }, [en]);

  // Hover and pressed blues darker than the base, not lighter (antd's default hover #417dcc carries
  // white text at 4.2:1, under WCAG AA's 4.5:1; the mouse rests on a button after a click).
  const theme = { token: { fontSize: large ? 19 : 15, controlHeight: large ? 46 : 38, controlHeightLG: large ? 54 : 44, colorPrimary: '#1f5fbf', colorPrimaryHover: '#17417f', colorPrimaryActive: '#123466', colorLink: '#1f5fbf', colorText: '#1d2129', colorError: '#a40e26' } };
  return (
    <ConfigProvider theme={theme}>
      <div className={`ow-portal${large ? ' ow-portal--large' : ''}`} data-testid="portal" data-large-text={large ? 'on' : 'off'}>
        <a href="#main" className="ow-portal-skip">
          {t('portal.skip')}
        </a>
        <header className="ow-portal-header">
          <div className="ow-portal-bar">
            <Link to="/portal" className="ow-portal-brand">
              <span className="ow-portal-brand-mark">{t('portal.brand')}</span>
              <Brand className="ow-portal-brand-name">{t('portal.title')}</Brand>
            </Link>
            <div className="ow-portal-tools">
              <Button
                size="small"
                icon={<FontSizeOutlined />}
                aria-pressed={large}
                aria-label={t('portal.largeTextLabel')}
                title={t('portal.largeTextLabel')}
                onClick={() => setLarge(!large)}
                className={large ? 'ow-portal-toggle is-on' : 'ow-portal-toggle'}
                data-testid="large-text"
              >
                {t('portal.largeText')}
              </Button>
              <LanguageSwitch size="small" />
              {inbox.data && (
                <Link
                  to="/portal/me/messages"
                  className="ow-portal-mine"
                  data-testid="portal-messages"
                  aria-label={unread ? t('portal.messagesUnread', { count: unread }) : t('portal.messages')}
                  title={t('portal.messages')}
                >
                  <Badge count={unread} size="small" overflowCount={99} data-testid="portal-unread">
                    <BellOutlined aria-hidden style={{ fontSize: large ? 22 : 18 }} />
                  </Badge>
                </Link>
              )}
              <Link to="/portal/applications" className="ow-portal-mine" data-testid="portal-applications">
                <FormOutlined aria-hidden /> {t('portal.online.entry.nav')}
              </Link>
              <Link to="/portal/me" className="ow-portal-mine" data-testid="portal-mine">
                <UserOutlined aria-hidden /> {t('portal.mine')}
              </Link>
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="ow-portal-main">
          {/* Pages other than the home load on first visit: the header stays while they come. */}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="ow-portal-footer">
          <p>{t('portal.footer')}</p>
          <Link to="/login">{t('portal.staff')}</Link>
        </footer>
      </div>
    </ConfigProvider>
  );
}
