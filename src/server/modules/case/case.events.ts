// Case events for in-process listeners (screens, the lead's later event bridge). They leave
// only after the transaction committed (afterCommit), so a rolled-back change is never told.
import { EventEmitter } from 'node:events';
import type { CaseAction, CaseState } from '../../../domain/case/index.ts';
import { afterCommit } from '../../platform/db/after-commit.ts';
import type { Db } from '../../platform/db/types.ts';

export interface CaseEvent {
  caseId: string;
  centerId: string;
  number: string;
  action: CaseAction | 'create';
  state: CaseState;
  at: Date;
}

export const caseEvents = new EventEmitter();
caseEvents.setMaxListeners(100);

/** Queue the event for after the commit of `tx` (emitted at once when there is no transaction). */
export function publishAfterCommit(tx: Db, event: CaseEvent): void {
  if (!afterCommit(tx, () => caseEvents.emit('case', event))) caseEvents.emit('case', event);
}
