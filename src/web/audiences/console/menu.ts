export interface ConsoleMenuItem {
  key: string;
  path: string;
  labelKey: string;
  /** The server permission the page's list needs (src/domain/access/permissions.ts). */
  permission: string;
}

/** The console's pages, in menu order; the shell draws the menu from this. */
export const consoleMenu: ConsoleMenuItem[] = [
  { key: 'centers', path: '/console/centers', labelKey: 'console.menu.centers', permission: 'org.read' },
  { key: 'departments', path: '/console/departments', labelKey: 'console.menu.departments', permission: 'org.read' },
  { key: 'windows', path: '/console/windows', labelKey: 'console.menu.windows', permission: 'org.read' },
  { key: 'staff', path: '/console/staff', labelKey: 'console.menu.staff', permission: 'staff.read' },
  { key: 'regions', path: '/console/regions', labelKey: 'console.menu.regions', permission: 'org.read' },
  { key: 'catalog', path: '/console/catalog', labelKey: 'console.menu.catalog', permission: 'catalog.read' },
  // Every console role may read the catalog, so this shows the calendar to all of them; editing
  // days inside it checks calendar.manage.
  { key: 'calendar', path: '/console/calendar', labelKey: 'console.menu.calendar', permission: 'catalog.read' },
  { key: 'hall', path: '/console/hall', labelKey: 'console.menu.hall', permission: 'queue.manage' },
  { key: 'jobs', path: '/console/jobs', labelKey: 'console.menu.jobs', permission: 'jobs.manage' },
  // Electronic certificates (issue #18, e-certificate part): the signing keys, security administrator.
  { key: 'certificate-keys', path: '/console/certificate-keys', labelKey: 'console.menu.certificateKeys', permission: 'certificate.keys' },
  // issue #17, decision 0033: the per-center yellow threshold
  { key: 'warnings', path: '/console/warnings', labelKey: 'console.menu.warnings', permission: 'warnings.manage' },
  // Notifications (issue #19)
  { key: 'notifications', path: '/console/notifications', labelKey: 'console.menu.notifications', permission: 'notification.manage' },
];
