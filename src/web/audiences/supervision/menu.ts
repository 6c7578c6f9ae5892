import type { StaffMenuEntry } from '../../ui/menu.ts';

// The overview asks for org.read: supervisors watch centers; the audit administrator
// (三权分立) reads the audit log and nothing else, so sees only that entry.
export const supervisionMenu: StaffMenuEntry[] = [
  { key: 'overview', path: '/supervision/overview', labelKey: 'supervision.menu.overview', permission: 'org.read' },
  { key: 'audit', path: '/supervision/audit', labelKey: 'supervision.menu.audit', permission: 'audit.read' },
];
