import { Alert, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../features/session/index.ts';

import { notYetRoles } from './menu.ts';

export function NotYetPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.notYet' });
  const me = useMe().data!;
  const mine = me.roles.map((r) => r.code).filter((c): c is (typeof notYetRoles)[number] => (notYetRoles as readonly string[]).includes(c));
  return (
    <Card title={t('title')} data-testid="not-yet">
      <Alert type="warning" showIcon title={t('summary')} style={{ marginBottom: 16 }} />
      <List
        bordered
        size="small"
        dataSource={mine}
        renderItem={(code) => (
          <List.Item>
            <Typography.Text strong>{me.roles.find((r) => r.code === code)?.zh}</Typography.Text>：{t(`missing.${code}`)}
          </List.Item>
        )}
        style={{ marginBottom: 16 }}
      />
      {hasPermission(me, 'case.read') && (
        <Typography.Paragraph>
          {t('canRead')} <Link to="/workbench/cases?view=search">{t('openSearch')}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
