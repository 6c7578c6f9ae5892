import type { Db } from '../../../platform/db/types.ts';
import { Prepared, run } from './prepared.ts';
import { runScript } from './sql-script.ts';
import { toTicketRow } from '../tickets/ticket.queries.ts';
import { callMerge, callPress } from './window-step.batch.ts';
import {
  atWindow,
  callable,
  callTable,
  finishTable,
  presserTypes,
  presserValues,
  resultColumns,
  stepResult,
  windowCtes,
  mergedCases,
  onePress,
  writeEventAndAudit,
  type Presser,
  type StepResult,
} from './window-step.parts.ts';

export type { Presser } from './window-step.parts.ts';

// The hot path of the hall: call-next and finish, each one round trip of prepared
// statements (sql-script.ts). The statements check the window, take the ticket, move it by
// the transition table, and write its history event and its audit row; the JS side only
// turns what came back into the answer or the DomainError. The window read mirrors org's
// findWindowAtPost (window, its center's path, the staff at the serving post), folded in to
// save a round trip per press.

/**
 * First statement of a call: the window's session row, created if needed and locked until
 * the end. ON CONFLICT locks the row whether or not its WHERE lets it update; it is rewritten
 * only when another clerk took the window, not at every call.
 */
const lockSession = new Prepared(
  'ow_queue_lock_session',
  { window: 'text', ...presserTypes },
  `WITH ${windowCtes}
  INSERT INTO window_session (window_id, center_id, staff_id, status)
  SELECT w_id, w_center_id, CASE WHEN acting_as = 'window' THEN $staff END, 'open' FROM ok
  ON CONFLICT (window_id) DO UPDATE SET staff_id = excluded.staff_id
    WHERE excluded.staff_id IS NOT NULL AND excluded.staff_id IS DISTINCT FROM window_session.staff_id`,
);

/**
 * Takes the next callable ticket for the window in call order (`FOR UPDATE SKIP LOCKED`: a
 * ticket another window is taking is passed over, not waited for) and moves it by the call
 * table: CTEs `pick`, `step` and `up`. Needs `ok` and `s`; `free` is the SQL condition that
 * no ticket is left at the window.
 */
const pickAndCall = (free: string) => `pick AS (
    SELECT t.id, t.number, t.state FROM ticket t
    WHERE t.center_id = (SELECT w_center_id FROM ok) AND t.service_date = $day AND t.state IN ${callable}
      AND t.queue_category_id IN (SELECT category_id FROM window_category WHERE window_id = $window)
      AND (t.target_window_id IS NULL OR t.target_window_id = $window)
      AND t.created_at <= $now
      AND EXISTS (SELECT 1 FROM s WHERE status = 'open') AND ${free}
    ORDER BY t.priority_rank, t.created_at, t.id
    LIMIT 1
    FOR UPDATE OF t SKIP LOCKED
  ),
  step AS (
    SELECT pick.id, pick.state AS step_from, tr."to" AS step_to
    FROM pick JOIN ${callTable}
      ON tr."from" = pick.state AND tr."by" = (SELECT acting_as FROM ok)
  ),
  up AS (
    UPDATE ticket t SET state = step.step_to, window_id = $window, called_count = t.called_count + 1,
      first_called_at = COALESCE(t.first_called_at, $now), last_called_at = $now, called_by = $staff, updated_at = $now
    FROM step WHERE t.id = step.id
    RETURNING t.*, step.step_from
  ),`;

/** The finish of the ticket in `step` (CTE `source`, returning the ticket and `step_from`): the cases taken in merged, first seen first. */
const finishUpdate = (source: string, step: string) => `${source} AS (
    UPDATE ticket t SET state = ${step}.step_to, finished_at = $now, served_by = COALESCE(t.served_by, $staff),
      case_ids = ${mergedCases(onePress)},
      updated_at = $now
    FROM ${step} WHERE t.id = ${step}.id
    RETURNING t.*, ${step}.step_from
  )`;

const callNext = new Prepared(
  'ow_queue_call_next',
  { window: 'text', ...presserTypes, day: 'date', now: 'timestamptz', auditAt: 'timestamptz', detail: 'jsonb' },
  `WITH ${windowCtes},
  s AS (SELECT status, pause_reason FROM window_session WHERE window_id = $window),
  busy AS (
    SELECT number, state FROM ticket WHERE window_id = $window AND state IN ${atWindow} AND EXISTS (SELECT 1 FROM ok)
    LIMIT 1 FOR UPDATE
  ),
  ${pickAndCall('NOT EXISTS (SELECT 1 FROM busy)')}
  ${writeEventAndAudit('call')}
  SELECT ${resultColumns}, s.status AS s_status, s.pause_reason AS s_pause_reason,
         busy.number AS busy_number, busy.state AS busy_state,
         pick.id AS found_id, pick.number AS found_number, pick.state AS found_state
  FROM (SELECT 1) AS one LEFT JOIN w ON true LEFT JOIN s ON true LEFT JOIN busy ON true LEFT JOIN pick ON true LEFT JOIN up ON true`,
);

/**
 * 叫号 in one round trip, two statements. The first creates the window's session row if
 * needed and locks it until the end, so one window's calls run one at a time (a double
 * click cannot call two visitors). The second, with a snapshot taken after that lock, sees
 * whatever the window's previous call committed: it refuses while the window is paused or a
 * ticket is still at it, otherwise takes the next callable ticket in call order with SKIP
 * LOCKED (a ticket another window is taking is passed over, not waited for). Under load
 * the group commit may send it with other windows' presses as one statement
 * (window-step.batch.ts); the row that comes back reads the same.
 */
export async function callNextAtWindow(db: Db, windowId: string, p: Presser, serviceDate: string, now: Date) {
  const who = { window: windowId, ...presserValues(p) };
  const values = { ...who, day: serviceDate, now, auditAt: new Date(), detail: null };
  const merge = { kind: callMerge, press: callPress(windowId, p, null, serviceDate, now, values.auditAt) };
  const r = (await runScript(db, [run(lockSession, who), run(callNext, values)], merge))[0]!;
  return {
    ...stepResult(r),
    session: r.s_status ? { status: r.s_status as string, pauseReason: (r.s_pause_reason as string | null) ?? null } : null,
    busy: r.busy_number ? { number: r.busy_number as string, state: r.busy_state as string } : null,
  };
}

const finish = new Prepared(
  'ow_queue_finish',
  { window: 'text', ...presserTypes, now: 'timestamptz', auditAt: 'timestamptz', detail: 'jsonb', cases: 'jsonb' },
  `WITH ${windowCtes},
  cur AS (
    SELECT t.id, t.number, t.state, ok.acting_as FROM ticket t JOIN ok ON t.window_id = ok.w_id
    WHERE t.state IN ${atWindow}
    LIMIT 1
    FOR UPDATE OF t
  ),
  step AS (
    SELECT cur.id, cur.state AS step_from, tr."to" AS step_to
    FROM cur JOIN ${finishTable}
      ON tr."from" = cur.state AND tr."by" = cur.acting_as
  ),
  ${finishUpdate('up', 'step')},
  ${writeEventAndAudit('finish')}
  SELECT ${resultColumns}, cur.id AS found_id, cur.number AS found_number, cur.state AS found_state
  FROM (SELECT 1) AS one LEFT JOIN w ON true LEFT JOIN cur ON true LEFT JOIN up ON true`,
);

/**
 * 办结 in one statement: the window checked, the ticket at it locked and moved by the
 * transition table, the cases taken in merged (first seen first), the event and the audit
 * row. A second finish racing this one waits for the row lock, then finds the ticket done
 * and takes nothing.
 */
export async function finishAtWindow(db: Db, windowId: string, p: Presser, caseIds: readonly string[], now: Date): Promise<StepResult> {
  const values = {
    window: windowId,
    ...presserValues(p),
    now,
    auditAt: new Date(),
    detail: caseIds.length ? JSON.stringify({ caseIds }) : null,
    cases: JSON.stringify(caseIds),
  };
  return stepResult((await runScript(db, [run(finish, values)]))[0]!);
}

const finishAndCallNext = new Prepared(
  'ow_queue_finish_and_call_next',
  { window: 'text', ...presserTypes, day: 'date', now: 'timestamptz', auditAt: 'timestamptz', detail: 'jsonb', cases: 'jsonb' },
  `WITH ${windowCtes},
  s AS (SELECT status, pause_reason FROM window_session WHERE window_id = $window),
  cur AS (
    SELECT t.id, t.number, t.state FROM ticket t
    WHERE t.window_id = $window AND t.state IN ${atWindow} AND EXISTS (SELECT 1 FROM ok)
    LIMIT 1 FOR UPDATE OF t
  ),
  fstep AS (
    SELECT cur.id, cur.state AS step_from, tr."to" AS step_to
    FROM cur JOIN ${finishTable}
      ON tr."from" = cur.state AND tr."by" = (SELECT acting_as FROM ok)
    WHERE EXISTS (SELECT 1 FROM s WHERE status = 'open')
  ),
  ${finishUpdate('fup', 'fstep')},
  busy AS (SELECT cur.number, cur.state FROM cur WHERE NOT EXISTS (SELECT 1 FROM fstep)),
  ${pickAndCall('NOT EXISTS (SELECT 1 FROM busy)')}
  ${writeEventAndAudit('finish', 'fup')},
  ${writeEventAndAudit('call', 'up', 'NULL::jsonb', 'fup')}
  SELECT ${resultColumns}, row_to_json(fup) AS finished, s.status AS s_status, s.pause_reason AS s_pause_reason,
         busy.number AS busy_number, busy.state AS busy_state,
         pick.id AS found_id, pick.number AS found_number, pick.state AS found_state
  FROM (SELECT 1) AS one LEFT JOIN w ON true LEFT JOIN s ON true LEFT JOIN busy ON true LEFT JOIN fup ON true
    LEFT JOIN pick ON true LEFT JOIN up ON true`,
);

/**
 * 办结并叫号 (the 呼叫器's "next" key) in one round trip: the window's session locked as for a
 * call, then one statement finishes the ticket at the window (if any) and calls the next,
 * each with its event and audit row. On a paused window it does neither. Snapshot as in
 * callNextAtWindow; the finished ticket is not callable, so the pick cannot take it back.
 * Under load the group commit may send it with other windows' presses as one statement
 * (window-step.batch.ts); the row that comes back reads the same.
 */
export async function finishAndCallNextAtWindow(
  db: Db,
  windowId: string,
  p: Presser,
  caseIds: readonly string[],
  serviceDate: string,
  now: Date,
) {
  const who = { window: windowId, ...presserValues(p) };
  const values = {
    ...who,
    day: serviceDate,
    now,
    auditAt: new Date(),
    detail: caseIds.length ? JSON.stringify({ caseIds }) : null,
    cases: JSON.stringify(caseIds),
  };
  const merge = { kind: callMerge, press: callPress(windowId, p, { caseIds }, serviceDate, now, values.auditAt) };
  const r = (await runScript(db, [run(lockSession, who), run(finishAndCallNext, values)], merge))[0]!;
  return {
    ...stepResult(r),
    finished: r.finished ? toTicketRow(r.finished as Record<string, unknown>) : null,
    session: r.s_status ? { status: r.s_status as string, pauseReason: (r.s_pause_reason as string | null) ?? null } : null,
    busy: r.busy_number ? { number: r.busy_number as string, state: r.busy_state as string } : null,
  };
}
