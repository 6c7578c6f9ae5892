import type { ReactNode } from 'react';
import { Forbidden } from '../../ui/Forbidden.tsx';
import { hasPermission, useMe } from './me.ts';

/** Shows a 403 page instead of a screen whose API would refuse this user anyway. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const me = useMe();
  if (!me.data) return null;
  return hasPermission(me.data, permission) ? children : <Forbidden />;
}
