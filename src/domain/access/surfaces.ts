import type { Role } from './roles.ts';

// The surfaces of SPEC: public ones need no account; staff ones are shown by role.
export const surfaces = ['portal', 'kiosk', 'display', 'rate', 'workbench', 'console', 'supervision'] as const;
export type Surface = (typeof surfaces)[number];

export const publicSurfaces: readonly Surface[] = ['portal', 'kiosk', 'display', 'rate'];

export const roleSurfaces = {
  window_clerk: ['workbench'],
  approver: ['workbench'],
  department_head: ['workbench'],
  center_manager: ['console'],
  duty_head: ['workbench', 'console'],
  proxy_agent: ['workbench'],
  cashier: ['workbench'],
  supervisor: ['supervision'],
  system_admin: ['console'],
  security_admin: ['console'],
  audit_admin: ['supervision'],
  archivist: ['workbench'],
} as const satisfies Record<Role, readonly Surface[]>;

export function surfacesOf(userRoles: readonly Role[]): Surface[] {
  return [...new Set(userRoles.flatMap((r) => roleSurfaces[r]))];
}
