import { useState } from 'react';
import { hasPermission, type Me } from '../../../features/session/index.ts';
import { useCenterWindows, type OrgWindow } from './api.ts';

const KEY = 'ow.workbench.window';

/**
 * Which window this person calls for. A clerk: the windows where they hold a post, the one
 * where their post serves now first. A duty head (queue.manage): any window of their center.
 * The last choice is remembered on this computer.
 */
export function useMyWindow(me: Me) {
  const windows = useCenterWindows(me.center.id);
  const [chosen, setChosen] = useState(() => localStorage.getItem(KEY) ?? undefined);
  const all = windows.data ?? [];
  const holds = (w: OrgWindow) => w.posts.some((p) => p.staffId === me.staffId);
  const servesNow = (w: OrgWindow) => w.posts.some((p) => p.staffId === me.staffId && p.post === w.servingPost);
  const options = hasPermission(me, 'queue.manage') ? all : all.filter(holds);
  const preferred = options.find(servesNow) ?? options.find(holds) ?? options[0];
  const window = options.find((w) => w.id === chosen) ?? preferred;
  const choose = (id: string) => {
    localStorage.setItem(KEY, id);
    setChosen(id);
  };
  return { window, options, choose, isPending: windows.isPending, error: windows.error };
}
