import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useCenterName } from '../shared/CenterSelect.tsx';
import { useDepartments } from '../shared/hooks.ts';
import { formatTime, roleLabel, useLang } from '../shared/lang.ts';
import { errorText } from '../shared/serverErrors.ts';
import type { Staff } from '../shared/types.ts';
import { StaffBadges } from './StaffBadges.tsx';

/**
 * One person's full record, unmasked mobile included. The server writes every such read to
 * the audit log (SPEC §9), so it is fetched once per opening: never on focus, never kept.
 */
export function StaffDrawer({ row, onClose }: { row: Staff; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const centerName = useCenterName();
  const { data: departments = [] } = useDepartments();
  const record = useQuery({
    queryKey: ['/staff', 'record', row.id],
    queryFn: () => api<Staff>(`/staff/${row.id}`),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const s = record.data;

  return (
    <Drawer open size={560} onClose={onClose} title={t('console.staff.recordTitle', { name: row.name })}>
      <Alert type="warning" showIcon title={t('console.staff.readLogged')} style={{ marginBottom: 16 }} />
      {record.error ? <Alert type="error" showIcon title={errorText(record.error)} /> : null}
      {record.isLoading && <Skeleton active />}
      {s && (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'username', label: t('console.staff.username'), children: s.username },
            { key: 'name', label: t('console.staff.name'), children: s.name },
            { key: 'mobile', label: t('console.staff.mobile'), children: s.mobile ?? '—' },
            { key: 'center', label: t('console.common.center'), children: centerName(s.centerId) },
            {
              key: 'department',
              label: t('console.staff.department'),
              children: departments.find((d) => d.id === s.departmentId)?.name ?? '—',
            },
            {
              key: 'roles',
              label: t('console.staff.roles'),
              children: (
                <Space size={[0, 4]} wrap>
                  {s.roles.map((r) => (
                    <Tag key={r}>{roleLabel(r, lang)}</Tag>
                  ))}
                </Space>
              ),
            },
            // Two-factor state comes from the list row: the personal record does not carry it.
            {
              key: 'state',
              label: t('console.common.status'),
              children: <StaffBadges s={{ ...s, twoFactorEnabled: row.twoFactorEnabled }} />,
            },
            { key: 'lockedUntil', label: t('console.staff.lockedUntil'), children: s.locked ? formatTime(s.lockedUntil, lang) : '—' },
            { key: 'lastSignInAt', label: t('console.staff.lastSignIn'), children: formatTime(s.lastSignInAt, lang) },
            { key: 'createdAt', label: t('console.common.createdAt'), children: formatTime(s.createdAt, lang) },
            { key: 'updatedAt', label: t('console.common.updatedAt'), children: formatTime(s.updatedAt, lang) },
          ]}
        />
      )}
    </Drawer>
  );
}
