import type { Db } from '../../../platform/db/types.ts';
import type { MergeKind } from './group-commit.ts';
import { Prepared, run, type Run } from './prepared.ts';
import { runScript } from './sql-script.ts';
import {
  atWindow,
  callable,
  callTable,
  finishTable,
  mergedCases,
  okCte,
  pressRows,
  windowColumns,
  writeEventAndAudit,
  type Presser,
} from './window-step.parts.ts';

// 叫号 and 办结并叫号 for many windows in one statement (decision 0014). Under load the group commit
// (group-commit.ts) gathers the presses of ~10 windows into one transaction; sent one by
// one, each pays its own plan start-up, window lock statement and inserts, and that per-press
// cost, on the one database backend a batch runs on, is what limited calls per second. Here
// the presses of a batch arrive as one JSON array: one statement locks their window
// sessions, one finishes (办结并叫号 only) and calls for all of them. Each press still gets the row the single
// statement (window-step.queries.ts) would have given it, so the service cannot tell them
// apart; the windows of one statement are distinct (the group commit sends a window's second
// press in the next pair of statements).

/** One press of 叫号 or 办结并叫号 (`finish`), as the batch statement reads it from its JSON array. */
export interface CallPress {
  window_id: string;
  finish: boolean;
  staff: string;
  staff_name: string;
  roles: string;
  path: string;
  manager: boolean;
  ip: string;
  day: string;
  now: string;
  audit_at: string;
  detail: { caseIds: readonly string[] } | null;
  cases: readonly string[];
}

/** 办结并叫号 when `finishFirst` (the visitor at the window finished with `caseIds`, then the next called), else 叫号. */
export function callPress(
  windowId: string,
  p: Presser,
  finishFirst: { caseIds: readonly string[] } | null,
  serviceDate: string,
  now: Date,
  auditAt: Date,
): CallPress {
  const caseIds = finishFirst?.caseIds ?? [];
  return {
    window_id: windowId,
    finish: finishFirst !== null,
    staff: p.staffId,
    staff_name: p.name,
    roles: p.roles,
    path: p.centerPath,
    manager: p.manager,
    ip: p.ip,
    day: serviceDate,
    now: now.toISOString(),
    audit_at: auditAt.toISOString(),
    detail: caseIds.length ? { caseIds } : null,
    cases: caseIds,
  };
}

/** The presses (`p`, numbered by `ord` from 0), each window with its serving post (`w`), and those the presser may act at (`ok`). */
const pressCtes = `
  p AS (
    SELECT * FROM jsonb_to_recordset($presses) AS p(
      ord int, window_id text, finish boolean, staff text, staff_name text, roles text, path text, manager boolean, ip text,
      day date, now timestamptz, audit_at timestamptz, detail jsonb, cases jsonb)
  ),
  w AS (
    SELECT p.ord, ${windowColumns} FROM p JOIN window_at_post wap ON wap.window_id = p.window_id
  ),${okCte(pressRows)}`;

/** lockSession of window-step.queries.ts for every press, in window order (two batches never lock in opposite orders). */
const lockSessions = new Prepared(
  'ow_queue_lock_sessions',
  { presses: 'jsonb' },
  `WITH ${pressCtes}
  INSERT INTO window_session (window_id, center_id, staff_id, status)
  SELECT ok.w_id, ok.w_center_id, CASE WHEN ok.acting_as = 'window' THEN p.staff END, 'open'
  FROM ok JOIN p USING (ord)
  ORDER BY ok.w_id
  ON CONFLICT (window_id) DO UPDATE SET staff_id = excluded.staff_id
    WHERE excluded.staff_id IS NOT NULL AND excluded.staff_id IS DISTINCT FROM window_session.staff_id`,
);

/**
 * The finish (办结并叫号's presses) and the call of every press. The finish part is per window
 * as in the single statements; a 叫号 press whose window still has a visitor is refused as
 * busy, exactly like one whose finish the transition table refused. The call part cannot be
 * per window: each window must take the first callable ticket that no window before it in
 * this statement took. Windows serving the same categories share a
 * pool: `cand` locks, in call order, as many of the pool's tickets as there are windows in
 * the statement that serve any of those categories (no more can be taken from it by others),
 * and per window the first ticket sent back to that window alone (parked or transferred to
 * it), which only it can take. SKIP LOCKED, so tickets other transactions are taking are
 * passed over. `assign` then walks the windows in order, each taking its first candidate in
 * call order not yet taken. The candidates left over stay locked until the commit, a few
 * milliseconds, and other callers pass over them meanwhile.
 */
const callBatch = new Prepared(
  'ow_queue_call_batch',
  { presses: 'jsonb' },
  `WITH RECURSIVE ${pressCtes},
  s AS (SELECT p.ord, ws.status, ws.pause_reason FROM p JOIN window_session ws ON ws.window_id = p.window_id),
  cur AS (
    SELECT ok.ord, t.id, t.number, t.state FROM ok CROSS JOIN LATERAL (
      SELECT t.id, t.number, t.state FROM ticket t WHERE t.window_id = ok.w_id AND t.state IN ${atWindow}
      LIMIT 1 FOR UPDATE OF t
    ) t
  ),
  fstep AS (
    SELECT cur.ord, cur.id, cur.state AS step_from, tr."to" AS step_to
    FROM cur JOIN ok USING (ord) JOIN s USING (ord) JOIN p USING (ord)
      JOIN ${finishTable} ON tr."from" = cur.state AND tr."by" = ok.acting_as
    WHERE s.status = 'open' AND p.finish
  ),
  fup AS (
    UPDATE ticket t SET state = fstep.step_to, finished_at = p.now, served_by = COALESCE(t.served_by, p.staff),
      case_ids = ${mergedCases(pressRows)},
      updated_at = p.now
    FROM fstep JOIN p USING (ord) WHERE t.id = fstep.id
    RETURNING t.*, fstep.step_from, fstep.ord
  ),
  busy AS (SELECT cur.ord, cur.number, cur.state FROM cur WHERE NOT EXISTS (SELECT 1 FROM fstep WHERE fstep.ord = cur.ord)),
  want AS (
    SELECT ok.ord, ok.w_id, ok.w_center_id, p.day, p.now, row_number() OVER (ORDER BY ok.ord) AS k,
           ARRAY(SELECT category_id FROM window_category WHERE window_id = ok.w_id ORDER BY category_id) AS cats
    FROM ok JOIN p USING (ord) JOIN s USING (ord)
    WHERE s.status = 'open' AND NOT EXISTS (SELECT 1 FROM busy WHERE busy.ord = ok.ord)
  ),
  pools AS (
    SELECT a.w_center_id, a.day, a.cats, min(a.now) AS now,
           (SELECT count(*) FROM want b WHERE b.w_center_id = a.w_center_id AND b.day = a.day AND b.cats && a.cats) AS n
    FROM want a GROUP BY a.w_center_id, a.day, a.cats
  ),
  cand AS (
    SELECT pools.w_center_id, pools.day, pools.cats, NULL::text AS for_window, c.* FROM pools CROSS JOIN LATERAL (
      SELECT t.id, t.number, t.state, t.priority_rank, t.created_at FROM ticket t
      WHERE t.center_id = pools.w_center_id AND t.service_date = pools.day AND t.state IN ${callable}
        AND t.queue_category_id = ANY (pools.cats) AND t.target_window_id IS NULL AND t.created_at <= pools.now
      ORDER BY t.priority_rank, t.created_at, t.id
      LIMIT pools.n
      FOR UPDATE OF t SKIP LOCKED
    ) c
    UNION ALL
    SELECT want.w_center_id, want.day, NULL, want.w_id, c.* FROM want CROSS JOIN LATERAL (
      SELECT t.id, t.number, t.state, t.priority_rank, t.created_at FROM ticket t
      WHERE t.center_id = want.w_center_id AND t.service_date = want.day AND t.state IN ${callable}
        AND t.queue_category_id = ANY (want.cats) AND t.target_window_id = want.w_id AND t.created_at <= want.now
      ORDER BY t.priority_rank, t.created_at, t.id
      LIMIT 1
      FOR UPDATE OF t SKIP LOCKED
    ) c
  ),
  assign (k, taken, ord, id) AS (
    SELECT 0::bigint, ARRAY[]::text[], NULL::int, NULL::text
    UNION ALL
    SELECT a.k + 1, CASE WHEN x.id IS NULL THEN a.taken ELSE a.taken || x.id END, want.ord, x.id
    FROM assign a JOIN want ON want.k = a.k + 1
    LEFT JOIN LATERAL (
      SELECT c.id FROM cand c
      WHERE (c.for_window = want.w_id
             OR (c.for_window IS NULL AND c.cats = want.cats AND c.w_center_id = want.w_center_id AND c.day = want.day))
        AND c.id <> ALL (a.taken)
      ORDER BY c.priority_rank, c.created_at, c.id
      LIMIT 1
    ) x ON true
  ),
  pick AS (
    SELECT a.ord, a.id, c.number, c.state FROM assign a
    CROSS JOIN LATERAL (SELECT cand.number, cand.state FROM cand WHERE cand.id = a.id LIMIT 1) c
  ),
  step AS (
    SELECT pick.ord, pick.id, pick.state AS step_from, tr."to" AS step_to
    FROM pick JOIN ok USING (ord) JOIN ${callTable} ON tr."from" = pick.state AND tr."by" = ok.acting_as
  ),
  up AS (
    UPDATE ticket t SET state = step.step_to, window_id = p.window_id, called_count = t.called_count + 1,
      first_called_at = COALESCE(t.first_called_at, p.now), last_called_at = p.now, called_by = p.staff, updated_at = p.now
    FROM step JOIN p USING (ord) WHERE t.id = step.id
    RETURNING t.*, step.step_from, step.ord
  ),
  ${writeEventAndAudit('finish', 'fup', 'p.detail', undefined, pressRows)},
  ${writeEventAndAudit('call', 'up', 'NULL::jsonb', 'fup', pressRows)}
  SELECT p.ord, row_to_json(up) AS ticket, row_to_json(w) AS win, ok.acting_as, row_to_json(fup) AS finished,
         s.status AS s_status, s.pause_reason AS s_pause_reason, busy.number AS busy_number, busy.state AS busy_state,
         pick.id AS found_id, pick.number AS found_number, pick.state AS found_state
  FROM p LEFT JOIN w USING (ord) LEFT JOIN ok USING (ord) LEFT JOIN s USING (ord) LEFT JOIN busy USING (ord)
    LEFT JOIN fup USING (ord) LEFT JOIN pick USING (ord) LEFT JOIN up USING (ord)
  ORDER BY p.ord`,
);

/** The two statements for presses at distinct windows; the last answers one row per press, `ord` its index. */
function callRuns(presses: readonly object[]): Run[] {
  const json = JSON.stringify(presses.map((p, ord) => ({ ...p, ord })));
  return [run(lockSessions, { presses: json }), run(callBatch, { presses: json })];
}

/** How the group commit merges 叫号 and 办结并叫号 presses (one kind: they share the statement). */
export const callMerge: MergeKind = { runs: callRuns };

/**
 * The presses (at distinct windows) in one transaction, outside the group commit: for tests
 * on either database. Rows in press order, each as callNextAtWindow or
 * finishAndCallNextAtWindow reads it.
 */
export async function callPressesAt(db: Db, presses: readonly CallPress[]): Promise<Record<string, unknown>[]> {
  if (new Set(presses.map((p) => p.window_id)).size !== presses.length) throw new Error('batch presses must be at distinct windows');
  return runScript(db, callRuns(presses));
}
