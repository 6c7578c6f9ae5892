import type { StaffMenuEntry } from '../../ui/menu.ts';

// The window clerk's calling panel comes first, so a clerk lands on it after signing in;
// 我的工作台 is the overview of the day (window, what waits, what was finished), not a second way in.
export const workbenchMenu: StaffMenuEntry[] = [
  { key: 'queue', path: '/workbench/queue', labelKey: 'workbench.menu.queue', permission: 'queue.serve' },
  // Its own path: the bare /workbench sends each user to their first entry (SurfaceGate), which
  // for a clerk is the calling panel, so 我的工作台 at /workbench only ever reopened 窗口叫号.
  { key: 'home', path: '/workbench/home', labelKey: 'workbench.menu.home' },
];
