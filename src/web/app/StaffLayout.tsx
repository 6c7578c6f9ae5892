import { Button, Flex, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { BankOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/session/index.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { ServiceNotice } from '../ui/ServiceNotice.tsx';
import { useSignOut } from './auth.tsx';
import { useIdleTimeout } from './session.ts';
import { menuOf } from './staff-menu.ts';
// The side menu names pages of audiences not loaded yet: their words come with the layout.
import '../audiences/console/messages.ts';
import '../audiences/workbench/messages.ts';
import '../audiences/supervision/messages.ts';

const { Header, Sider, Content } = Layout;

/** The desktop frame of every staff screen: side menu by role, header with who and where. */
export function StaffLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe().data!; // rendered inside AuthGate
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signOut = useSignOut();
  useIdleTimeout(me.idleMinutes, () => void signOut('idle'));

  const groups = menuOf(me);
  // Audiences may name labels from the root of the messages or from their own namespace.
  const label = (key: string) => (i18n.exists(key) ? t(key) : t(`console.${key}`, { defaultValue: key }));
  const items: MenuProps['items'] = groups.map((g) => ({
    type: 'group',
    key: g.surface,
    label: <span data-surface={g.surface}>{t(g.labelKey)}</span>,
    children: g.entries.map((e) => ({ key: e.path, label: <span data-menu-key={`${g.surface}.${e.key}`}>{label(e.labelKey)}</span> })),
  }));
  // The selected entry is the longest path the address starts with (/console/staff/42 → staff).
  const selected = groups
    .flatMap((g) => g.entries.map((e) => e.path))
    .filter((p) => pathname === p || pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  const en = i18n.language?.startsWith('en');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={224} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px', borderBottom: '1px solid #f0f0f0' }}>
          <BankOutlined style={{ fontSize: 22, color: '#c8102e' }} />
          <Typography.Text strong style={{ fontSize: 17 }}>
            {t('shell.productName')}
          </Typography.Text>
        </Flex>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
          data-testid="staff-menu"
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0', lineHeight: 'normal' }}>
          <Flex align="center" justify="space-between" style={{ height: '100%' }}>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="center-name">
              {me.center.name}
            </Typography.Text>
            <Space size="middle">
              <span data-testid="user-name">{me.name}</span>
              <span data-testid="user-roles">
                {me.roles.map((r) => (
                  <Tag key={r.code} color="blue" style={{ marginInlineEnd: 4 }}>
                    {en ? r.en : r.zh}
                  </Tag>
                ))}
              </span>
              <LanguageSwitch size="small" />
              <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="sign-out">
                {t('shell.signOut')}
              </Button>
            </Space>
          </Flex>
        </Header>
        <Content style={{ padding: 24 }}>
          <ServiceNotice inline />
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
