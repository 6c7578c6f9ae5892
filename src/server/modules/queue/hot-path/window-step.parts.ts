import {
  atWindowStates,
  callableStates,
  transitions,
  type QueueActor,
  type TicketAction,
  type Transition,
} from '../../../../domain/queue/index.ts';
import type { WindowAtPost } from '../../org/index.ts';
import { literal } from './prepared.ts';
import { toTicketRow, type TicketRow } from '../tickets/ticket.queries.ts';

// The pieces the hot-path statements of window-step.queries.ts share: the transition table
// and state lists as SQL text, the window check, the event and audit inserts, and how a
// result row becomes the window, the ticket and what was found.

/**
 * The transition table of one action as an SQL row source `tr(from, by, to)`: the state
 * machine stays data from the domain. A VALUES list, planned once with the statement, where
 * a JSON literal would be parsed at every press.
 */
function transitionRows(action: TicketAction): string {
  const rows = (transitions as readonly Transition[])
    .filter((t) => t.action === action)
    .flatMap((t) => t.by.map((by) => `(${literal(t.from)}, ${literal(by)}, ${literal(t.to)})`));
  return `(VALUES ${rows.join(', ')}) AS tr("from", "by", "to")`;
}
export const callTable = transitionRows('call');
export const finishTable = transitionRows('finish');

/** Constant state lists as SQL text: a partial index (callable, at-window) is only used when its predicate is spelled out. */
function stateList(states: readonly string[]): string {
  if (!states.every((s) => /^[a-z_]+$/.test(s))) throw new Error('state names are lower-case words');
  return `(${states.map((s) => `'${s}'`).join(', ')})`;
}
export const atWindow = stateList(atWindowStates);
export const callable = stateList(callableStates);

/** Who presses the button, as the statements need it. */
export interface Presser {
  staffId: string;
  name: string;
  roles: string;
  centerPath: string;
  /** Holds queue.manage: may act at any window of their centers. */
  manager: boolean;
  ip: string;
}

export const presserTypes = { staff: 'text', staffName: 'text', roles: 'text', path: 'text', manager: 'boolean', ip: 'text' } as const;
export const presserValues = (p: Presser) => ({
  staff: p.staffId,
  staffName: p.name,
  roles: p.roles,
  path: p.centerPath,
  manager: p.manager,
  ip: p.ip,
});

/** org's `window_at_post` view (the only org shape the hall's statements read) as the `w_` columns. */
export const windowColumns = `wap.window_id AS w_id, wap.center_id AS w_center_id, wap.number AS w_number, wap.name AS w_name,
    wap.active AS w_active, wap.serving_post AS w_serving_post, wap.serving_staff_id AS w_serving_staff_id,
    wap.center_path AS w_center_path`;

/**
 * The windows the presser may act at (ok), with how: at their own post ('window') or as a
 * manager of the center. Reads the window rows `w`; one press or many (window-step.batch.ts).
 */
export const okCte = (v: PressSql) => `
  ok AS (
    SELECT w.*, CASE WHEN w.w_serving_staff_id = ${v.staff} THEN 'window' ELSE 'manager' END AS acting_as
    FROM w ${v.join}
    WHERE w.w_active AND starts_with(w.w_center_path, ${v.path}) AND (w.w_serving_staff_id = ${v.staff} OR ${v.manager})
  )`;

/**
 * Where a statement reads the press: `$` parameters when it serves one press, the columns of
 * the press rows `p` (joined by `ord`) when it serves many (window-step.batch.ts). The SQL of
 * the steps is written once for both.
 */
export interface PressSql {
  now: string;
  window: string;
  staff: string;
  staffName: string;
  roles: string;
  auditAt: string;
  ip: string;
  cases: string;
  /** The presser's center path, and whether they manage the hall (may act at any window). */
  path: string;
  manager: string;
  /** Joins the press to a step's source (empty for one press). */
  join: string;
}
export const onePress: PressSql = {
  now: '$now',
  window: '$window',
  staff: '$staff',
  staffName: '$staffName',
  roles: '$roles',
  auditAt: '$auditAt',
  ip: '$ip',
  cases: '$cases',
  path: '$path',
  manager: '$manager',
  join: '',
};

/** The window with its serving post (w), and the same row only when the presser may act there (ok), with how. */
export const windowCtes = `
  w AS (
    SELECT ${windowColumns} FROM window_at_post wap WHERE wap.window_id = $window
  ),${okCte(onePress)}`;
export const pressRows: PressSql = {
  now: 'p.now',
  window: 'p.window_id',
  staff: 'p.staff',
  staffName: 'p.staff_name',
  roles: 'p.roles',
  auditAt: 'p.audit_at',
  ip: 'p.ip',
  cases: 'p.cases',
  path: 'p.path',
  manager: 'p.manager',
  join: 'JOIN p USING (ord)',
};

/** The ticket `t`'s cases with those taken in at the finish (a JSON array) merged in, first seen first. */
export const mergedCases = (v: PressSql) => `CASE WHEN jsonb_array_length(${v.cases}) = 0 THEN t.case_ids ELSE ARRAY(
        SELECT c FROM unnest(t.case_ids || ARRAY(SELECT jsonb_array_elements_text(${v.cases}))) WITH ORDINALITY AS u(c, i)
        GROUP BY c ORDER BY min(i)
      ) END`;

/**
 * The history event and the audit row of the step in the CTE `source` (which returns the
 * ticket and `step_from`); `detail` is the SQL for the event's detail. `after`: the source
 * whose event and audit row must come first (ids in order), for two steps in one statement:
 * sibling CTEs run in no set order, but one that reads another's RETURNING waits for it.
 */
export const writeEventAndAudit = (action: TicketAction, source = 'up', detail = '$detail', after?: string, v: PressSql = onePress) => `
  ${source}_ev AS (
    INSERT INTO ticket_event (ticket_id, center_id, at, action, from_state, to_state, window_id, staff_id, detail)
    SELECT ${source}.id, ${source}.center_id, ${v.now}, '${action}', ${source}.step_from, ${source}.state, ${v.window}, ${v.staff}, ${detail}
    FROM ${source} ${v.join}
    ${after ? `WHERE (SELECT count(*) FROM ${after}_ev) >= 0` : ''}
    RETURNING 1
  ),
  ${source}_au AS (
    INSERT INTO audit_log (at, actor_id, actor_name, actor_role, center_id, action, object_type, object_id, result, ip, summary)
    SELECT ${v.auditAt}, ${v.staff}, ${v.staffName}, ${v.roles}, ${source}.center_id, 'queue.ticket.${action}', 'ticket', ${source}.id, 'ok', ${v.ip},
           jsonb_build_object('number', ${source}.number, 'windowId', ${v.window}, 'from', ${source}.step_from, 'to', ${source}.state)
             || CASE WHEN ${detail} IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('detail', ${detail}) END
    FROM ${source} ${v.join}
    ${after ? `WHERE (SELECT count(*) FROM ${after}_au) >= 0` : ''}
    RETURNING 1
  )`;

/** The ticket and the window come back as one JSON value each: two fields to decode instead of forty. */
export const resultColumns = `row_to_json(up) AS ticket, row_to_json(w) AS win, (SELECT acting_as FROM ok) AS acting_as`;

export interface StepResult {
  /** The window as read, for the access rule's refusals. */
  window: WindowAtPost | undefined;
  /** How the statement let the presser act there, or null when it refused. */
  allowedAs: QueueActor | null;
  /** The ticket after the step, when it was taken. */
  ticket: TicketRow | null;
  /** The ticket picked (or found at the window) with its state before the step, also when the table refused it. */
  found: { id: string; number: string; state: string } | null;
}

export function stepResult(r: Record<string, unknown>): StepResult {
  const w = r.win as Record<string, unknown> | null;
  const window: WindowAtPost | undefined = w
    ? {
        id: w.w_id as string,
        centerId: w.w_center_id as string,
        number: w.w_number as string,
        name: w.w_name as string,
        active: w.w_active as boolean,
        servingPost: w.w_serving_post as 'A' | 'B',
        servingStaffId: (w.w_serving_staff_id as string | null) ?? null,
        centerPath: w.w_center_path as string,
      }
    : undefined;
  return {
    window,
    allowedAs: (r.acting_as as QueueActor | null) ?? null,
    ticket: r.ticket ? toTicketRow(r.ticket as Record<string, unknown>) : null,
    found: r.found_id ? { id: r.found_id as string, number: r.found_number as string, state: r.found_state as string } : null,
  };
}
