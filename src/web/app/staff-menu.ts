import type { Surface } from '../../domain/access/index.ts';
import { hasPermission, type Me } from '../features/session/index.ts';
import type { StaffMenuEntry } from '../ui/menu.ts';
import { consoleMenu } from '../audiences/console/menu.ts';
import { supervisionMenu } from '../audiences/supervision/menu.ts';
import { workbenchMenu } from '../audiences/workbench/menu.ts';

type StaffSurface = Extract<Surface, 'workbench' | 'console' | 'supervision'>;

// The staff surfaces in the order the side menu lists them, each with the entries its
// audience offers. Public surfaces (portal, kiosk, display, rate) have no menu.
const staffSurfaces: { surface: StaffSurface; labelKey: string; entries: readonly StaffMenuEntry[] }[] = [
  { surface: 'workbench', labelKey: 'shell.surface.workbench', entries: workbenchMenu },
  { surface: 'console', labelKey: 'shell.surface.console', entries: consoleMenu },
  { surface: 'supervision', labelKey: 'shell.surface.supervision', entries: supervisionMenu },
];

export interface MenuGroup {
  surface: StaffSurface;
  labelKey: string;
  entries: StaffMenuEntry[];
}

/** The menu a user sees: only their surfaces, and in each only the entries they may open. */
export function menuOf(me: Me): MenuGroup[] {
  return staffSurfaces
    .filter((s) => me.surfaces.includes(s.surface))
    .map((s) => ({ ...s, entries: s.entries.filter((e) => hasPermission(me, e.permission) && (!e.roles || me.roles.some((r) => e.roles!.includes(r.code)))).map(absolute(s.surface)) }));
}

// Audiences may give paths relative to their surface; the menu and router need absolute ones.
function absolute(surface: StaffSurface) {
  return (e: StaffMenuEntry): StaffMenuEntry => (e.path.startsWith('/') ? e : { ...e, path: `/${surface}/${e.path}` });
}

export function firstPathOf(me: Me, surface: Surface): string {
  return menuOf(me).find((g) => g.surface === surface)?.entries[0]?.path ?? `/${surface}`;
}

/** Where a user lands after signing in: the first entry of their first surface. */
export function homePathOf(me: Me): string {
  const first = menuOf(me)[0];
  return first ? (first.entries[0]?.path ?? `/${first.surface}`) : '/workbench'; // no staff surface at all: the workbench explains with a 403
}

/** A path the user may return to after signing in (so a bookmark survives a timeout). */
export function mayReturnTo(me: Me, path: string | undefined): path is string {
  return !!path && menuOf(me).some((g) => path === `/${g.surface}` || path.startsWith(`/${g.surface}/`));
}
