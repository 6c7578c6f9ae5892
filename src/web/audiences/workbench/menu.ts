import type { StaffMenuEntry } from '../../ui/menu.ts';

// The window clerk's calling panel comes first, so a clerk lands on it after signing in.
export const workbenchMenu: StaffMenuEntry[] = [
  { key: 'queue', path: '/workbench/queue', labelKey: 'workbench.menu.queue', permission: 'queue.serve' },
  { key: 'home', path: '/workbench', labelKey: 'workbench.menu.home' },
];
