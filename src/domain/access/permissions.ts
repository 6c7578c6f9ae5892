import type { Role } from './roles.ts';

export const permissions = [
  'org.read', // see regions, centers, departments, windows
  'org.manage', // create, edit, deactivate them
  'staff.read', // see staff and posts
  'staff.manage', // create and deactivate accounts, edit staff
  'staff.roles', // grant and revoke roles, unlock accounts, reset second factors
  'posts.manage', // assign A/B posts of windows
  'audit.read', // read the audit log
  'catalog.read', // read the service item catalog with drafts and history (the public reads published guides)
  'catalog.manage', // create and edit items, publish, retire, delegate to townships
  'calendar.manage', // edit days, import a year's holiday arrangement, regional overrides
  'queue.serve', // call, recall, serve and finish tickets at the window where one holds the serving post
  'queue.manage', // ticket categories, window mapping, hall settings, closing the day, queue statistics
  'jobs.manage', // see the background jobs (schedule, runs, failures) and run one now
  'case.intake', // take in applications at the window (一表申请), record materials and scans
  'case.act', // act on a case through the one write path (the states table decides which action)
  'case.read', // read cases of one's center scope (ID and phone masked)
  'case.reveal', // reveal a case's masked ID number and phone (audited as a personal-data read)
  'case.handover', // 流转表: hand paper materials over and confirm their arrival
  'case.consult', // the consultation desk (咨询登记) and its knowledge base
  'task.work', // the back office: one's department's inbox, claim a task, work its step
  'task.assign', // a department head reassigns a task or takes it back
  // Electronic certificates (issue #18, e-certificate part, decision 0039):
  'certificate.issue', // sign and issue the e-certificate of an approved case
  'certificate.revoke', // revoke an e-certificate (department head), with a reason
  'certificate.keys', // see and rotate the platform's certificate signing keys (security administrator)
  // issue #18, fees (收缴分离, decision 0037)
  'fee.charge', // issue a payment notice (缴款通知书) by the item's published fee rule
  'fee.collect', // the cashier: confirm payments, print receipts, ask for refunds, the day's reconciliation
  'fee.approve', // waive a fee (减免) and approve or refuse refunds
  // issue #18, the archive (归档)
  'archive.read', // list the archive batches of one's center scope, download batches and packages, verify them
  'archive.manage', // build a month's archive batch on demand (the monthly job does it otherwise)
  // issue #17, decision 0033
  'warnings.manage', // a center manager sets the yellow threshold (预警阈值) of its center and those below
  // Notifications (issue #19)
  'notification.manage', // edit the center's notification templates (通知模板) and read its outbox of every channel
  // Online applications (issue #19, decision 0043)
  'online.read', // read the pre-review queue (网上预审) and its applications of one's center scope
  'online.review', // pre-review online applications: accept (it becomes a case), ask for the one-time correction, refuse
] as const;
export type Permission = (typeof permissions)[number];

// Which role holds which permission. No administrator holds a case permission (administrators manage accounts, never read cases).
export const rolePermissions = {
  window_clerk: ['org.read', 'catalog.read', 'queue.serve', 'case.intake', 'case.act', 'case.read', 'case.reveal', 'case.handover', 'case.consult', 'certificate.issue', 'fee.charge', 'online.read', 'online.review'],
  approver: ['org.read', 'catalog.read', 'case.act', 'case.read', 'case.reveal', 'case.handover', 'task.work', 'certificate.issue', 'fee.charge'],
  department_head: ['org.read', 'staff.read', 'catalog.read', 'case.act', 'case.read', 'case.reveal', 'case.handover', 'task.work', 'task.assign', 'certificate.issue', 'certificate.revoke', 'fee.charge', 'fee.approve'],
  center_manager: ['org.read', 'org.manage', 'staff.read', 'posts.manage', 'catalog.read', 'catalog.manage', 'calendar.manage', 'queue.manage', 'case.read', 'fee.approve', 'warnings.manage', 'notification.manage', 'online.read'],
  duty_head: ['org.read', 'staff.read', 'posts.manage', 'catalog.read', 'queue.serve', 'queue.manage', 'case.intake', 'case.read', 'case.consult'],
  proxy_agent: ['org.read', 'catalog.read'],
  cashier: ['org.read', 'catalog.read', 'case.read', 'fee.collect'],
  supervisor: ['org.read', 'staff.read', 'catalog.read', 'case.read', 'case.reveal', 'online.read'],
  system_admin: ['org.read', 'org.manage', 'staff.read', 'staff.manage', 'catalog.read', 'catalog.manage', 'calendar.manage', 'jobs.manage'],
  security_admin: ['org.read', 'staff.read', 'staff.roles', 'catalog.read', 'certificate.keys'],
  audit_admin: ['audit.read'],
  archivist: ['org.read', 'catalog.read', 'archive.read', 'archive.manage'],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(userRoles: readonly Role[]): Set<Permission> {
  return new Set(userRoles.flatMap((r) => rolePermissions[r]));
}

export function can(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((r) => (rolePermissions[r] as readonly Permission[]).includes(permission));
}
