import type { StaffMenuEntry } from '../../ui/menu.ts';

/** Roles whose inboxes come with later issues: their page says plainly what is missing (the cashier's came with fees, issue #18). */
export const notYetRoles = ['cashier'] as const;

// The window clerk's calling panel comes first, so a clerk lands on it after signing in;
// 我的工作台 is the overview of the day (window, what waits, what was finished), not a second way in.
export const workbenchMenu: StaffMenuEntry[] = [
  { key: 'queue', path: '/workbench/queue', labelKey: 'workbench.menu.queue', permission: 'queue.serve' },
  { key: 'intake', path: '/workbench/intake', labelKey: 'workbench.menu.intake', permission: 'case.intake' },
  // 网上预审 (issue #19): online applications waiting for the window's pre-review.
  { key: 'online-reviews', path: '/workbench/online-reviews', labelKey: 'workbench.online.menu', permission: 'online.read' },
  // 待办任务 of the back office (approver, department head); a cashier's payment inbox is not built yet.
  { key: 'inbox', path: '/workbench/inbox', labelKey: 'workbench.menu.inbox', permission: 'task.work' },
  // 收费 (issue #18): the cashier's notices to collect, receipts, refunds and the day's reconciliation.
  { key: 'fees', path: '/workbench/fees', labelKey: 'workbench.menu.fees', permission: 'fee.collect' },
  // 承诺核查: the back office's post-verification tasks of 告知承诺.
  { key: 'verifications', path: '/workbench/verifications', labelKey: 'workbench.menu.verifications', permission: 'case.read', roles: ['approver', 'department_head'] },
  { key: 'cases', path: '/workbench/cases', labelKey: 'workbench.menu.cases', permission: 'case.read' },
  // 出件窗口 (issue #18): results ready, in the mail, in a cabinet, delivered.
  { key: 'delivery', path: '/workbench/delivery', labelKey: 'workbench.menu.delivery', permission: 'case.act', roles: ['window_clerk'] },
  { key: 'consult', path: '/workbench/consult', labelKey: 'workbench.menu.consult', permission: 'case.consult' },
  // Its own path: the bare /workbench sends each user to their first entry (SurfaceGate), which
  // for a clerk is the calling panel, so 我的工作台 at /workbench only ever reopened 窗口叫号.
  { key: 'home', path: '/workbench/home', labelKey: 'workbench.menu.home' },
  // issue #18, the archive: the archivist's monthly batches
  { key: 'archive', path: '/workbench/archive', labelKey: 'workbench.archive.menu', permission: 'archive.read' },
];
