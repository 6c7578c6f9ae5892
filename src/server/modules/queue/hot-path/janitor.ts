import pg from 'pg';
import type { Db } from '../../../platform/db/types.ts';

// Every call leaves the called ticket's old entry in ticket_callable_idx, at the front of
// the call order, until the table is vacuumed; call-next then walks over all of them before
// it reaches a waiting ticket. Autovacuum looks at a table once a minute, and a hall calling
// a thousand tickets a second walks tens of thousands of dead entries by then (calls per
// second fell by a third within 20 s of the benchmark). So the process that calls also
// vacuums the ticket table once it has called enough tickets (decision 0012). An ordinary
// hall calls a few thousand a day: it vacuums a few times a day, out of hours of calls.

/** Calls by this process after which the ticket table is vacuumed. */
export const CALLS_PER_VACUUM = 1_000;
/** Vacuums at most this often, whatever the rate of calls. */
const MIN_GAP_MS = 1_000;

interface State {
  calls: number;
  lastAt: number;
  running: boolean;
}
const states = new WeakMap<pg.Pool, State>();

/**
 * Counts a call on `db` and starts `VACUUM ticket` in the background when due. On PostgreSQL
 * only: embedded PGlite is one connection, and a vacuum would hold every press meanwhile;
 * a hall small enough for it never calls enough to need one.
 */
export function countCall(db: Db, now = Date.now()): void {
  const pool = (db as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return;
  let s = states.get(pool);
  if (!s) states.set(pool, (s = { calls: 0, lastAt: now, running: false }));
  s.calls++;
  if (s.running || s.calls < CALLS_PER_VACUUM || now - s.lastAt < MIN_GAP_MS) return;
  s.calls = 0;
  s.running = true;
  const state = s;
  // SKIP_LOCKED: another instance's vacuum of the table is as good as ours.
  pool
    .query('VACUUM (SKIP_LOCKED) ticket')
    // A failed vacuum (a role that does not own the table) leaves autovacuum to do it.
    .catch(() => {})
    .finally(() => {
      state.running = false;
      state.lastAt = Date.now();
    });
}
