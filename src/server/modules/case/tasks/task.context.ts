// What the one write path hands the back office's effects (task.effects.ts for the steps,
// joint.effects.ts for a 联办件's sub-tasks): one shape for both.
import type { CaseState } from '../../../../domain/case/index.ts';
import type { CaseBy } from '../case.actor.ts';
import type { Pinned, Place } from '../case.pinned.ts';
import type { CaseRow } from '../case.queries.ts';
import type { ActInput } from '../case.rules.ts';

export interface TaskEffectContext {
  row: CaseRow;
  pinned: Pinned;
  place: Place;
  by: CaseBy;
  input: ActInput;
  today: string;
  now: Date;
  /** The promised date after this action (acceptance sets it): no task is due after it. */
  promisedDue: string | null;
  nextState: CaseState;
}

/** States in which a case has back-office tasks open. */
export const workingStates: readonly CaseState[] = ['accepted', 'in_review'];
