import type { AppContext } from '../../../platform/context.ts';
import { LiveHub } from './live.ts';

const hubs = new WeakMap<AppContext, LiveHub>();

/**
 * The live hub of this instance, started by main.ts before the routes. Its timers (the sockets'
 * pings, the quiet halls' board refresh) are not database jobs: they serve the display sockets
 * attached to this very process, so every instance runs its own (decision 0021).
 */
export async function startLiveHub(ctx: AppContext): Promise<() => Promise<void>> {
  const hub = new LiveHub(ctx.db, ctx.log);
  await hub.start(ctx.database);
  hubs.set(ctx, hub);
  return async () => {
    hubs.delete(ctx);
    await hub.stop();
  };
}

/** The hub the hall's routes attach displays to. */
export function liveHubOf(ctx: AppContext): LiveHub {
  const hub = hubs.get(ctx);
  if (!hub) throw new Error('the live hub starts in main.ts (createPlatform) before the routes');
  return hub;
}
