// Staff roles of SPEC §1. The three administrators are separated (三权分立): the system
// administrator runs the organisation and accounts, the security administrator runs roles,
// lockouts and second factors, the audit administrator only reads the audit log.
export const roles = [
  'window_clerk',
  'approver',
  'department_head',
  'center_manager',
  'duty_head',
  'proxy_agent',
  'cashier',
  'supervisor',
  'system_admin',
  'security_admin',
  'audit_admin',
  // issue #18, the archive: the archivist (档案管理员) receives, verifies and keeps the monthly batches
  'archivist',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels = {
  window_clerk: { zh: '综合窗口人员', en: 'Window clerk' },
  approver: { zh: '后台审批人员', en: 'Back-office approver' },
  department_head: { zh: '部门负责人', en: 'Department head' },
  center_manager: { zh: '中心管理员', en: 'Center manager' },
  duty_head: { zh: '值班长', en: 'Duty head' },
  proxy_agent: { zh: '代办员', en: 'Proxy agent' },
  cashier: { zh: '收费员', en: 'Fee cashier' },
  supervisor: { zh: '电子监察员', en: 'Supervisor' },
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
  audit_admin: { zh: '审计管理员', en: 'Audit administrator' },
  archivist: { zh: '档案管理员', en: 'Archivist' },
} as const satisfies Record<Role, { zh: string; en: string }>;

/** Administrators must enrol a TOTP second factor before they may do anything else. */
export const adminRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

export function isAdminRole(role: Role): boolean {
  return adminRoles.includes(role);
}
