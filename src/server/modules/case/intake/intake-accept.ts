// 收件并受理 (decision 0054): the intake's cases accepted in the intake's own transaction,
// each through the write path's planAction (the same lock, states table, effects, notices,
// due dates, task, message, action row and audit as a separate 受理), their notices' numbers
// drawn with the case numbers by the intake's one last statement: no counter row is held
// across more than that statement and its COMMIT.
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { CaseBy } from '../case.actor.ts';
import type { Pinned, Place } from '../case.pinned.ts';
import type { CaseRow, MaterialLine } from '../case.queries.ts';
import { planAction, type PlannedAction, type WriteOptions } from '../case.write.ts';

export interface PlannedAccept extends PlannedAction {
  /** Whether the i-th draw of the last statement is one of this acceptance's notices. */
  owns(i: number): boolean;
}

/** A refusal names the item it is about (the clerk sees which case stopped the whole intake). */
function aboutItem(e: unknown, itemId: string): unknown {
  if (!(e instanceof DomainError)) return e;
  const details = e.details && typeof e.details === 'object' ? e.details : {};
  return new DomainError(e.code, { ...details, itemId }, e.message);
}

/**
 * Plans intake.accept for every case just taken in (case i's number is the i-th draw; the
 * notices' draws follow from `first`). Any refusal is thrown: the intake's transaction rolls
 * back and nothing is written.
 */
export async function planAccepts(
  tx: Db,
  by: CaseBy,
  cases: readonly { id: string; it: { itemId: string; pinned: Pinned; place: Place }; created?: { row: CaseRow; lines: MaterialLine[] } }[],
  first: number,
  opts: WriteOptions,
  intakeKey: string,
): Promise<PlannedAccept[]> {
  const planned: PlannedAccept[] = [];
  let next = first;
  for (const [i, c] of cases.entries()) {
    let plan: PlannedAction;
    try {
      plan = await planAction(tx, { by, pinned: c.it.pinned, place: c.it.place, created: c.created }, c.id, 'intake.accept', {}, `${intakeKey}:accept`, opts, { first: next, caseNumber: i });
    } catch (e) {
      throw aboutItem(e, c.it.itemId);
    }
    const from = next;
    next += plan.draws.length;
    planned.push({ ...plan, owns: (j) => j >= from && j < next });
  }
  return planned;
}
