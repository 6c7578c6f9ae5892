// 企业账号 (issue #19, decision 0044): the enterprise's own staff and what each role may do.
// 管理员 (admin) manages the staff, applies and follows every case of the enterprise; 经办人
// (handler) applies and follows the cases they applied for. An enterprise always keeps at
// least one admin. Pure: the server keeps the members, these functions decide.

export const enterpriseRoles = ['admin', 'handler'] as const;
export type EnterpriseRole = (typeof enterpriseRoles)[number];

export interface Member {
  id: string;
  role: EnterpriseRole;
}

export const mayManageStaff = (role: EnterpriseRole) => role === 'admin';

/** Whether the role follows every case of the enterprise (true) or only those the member applied for. */
export const seesAllCases = (role: EnterpriseRole) => role === 'admin';

/**
 * Why changing a member's role (to `role`) or removing them (`role` undefined) is refused:
 * the last admin can neither become a handler nor leave.
 */
export function staffChangeRefusal(members: readonly Member[], targetId: string, role?: EnterpriseRole): 'ENTERPRISE_LAST_ADMIN' | undefined {
  const target = members.find((m) => m.id === targetId);
  if (!target || target.role !== 'admin' || role === 'admin') return undefined;
  const admins = members.filter((m) => m.role === 'admin').length;
  return admins <= 1 ? 'ENTERPRISE_LAST_ADMIN' : undefined;
}
