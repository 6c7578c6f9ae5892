// The case's clocks on the server: the ledger (pauses and the extension) read from the action
// log, and the due dates derived from it over the center's calendar. Due dates are never typed
// in; every write that changes the ledger re-derives them here (decision 0032).
import { caseClocks, caseDeadlines, ledgerOf, type CaseLedger, type LedgerRecord } from '../../../domain/case/index.ts';
import { dueDate } from '../../../domain/clock/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { calendarCall } from '../calendar/index.ts';
import type { Pinned, Place } from './case.pinned.ts';
import type { CaseRow } from './case.queries.ts';
import { actionsOf } from './read/read.queries.ts';

type Action = { action: string; input: unknown };

export function ledgerOfActions(actions: readonly Action[], extra: readonly LedgerRecord[] = []): CaseLedger {
  const recorded = actions.map((a) => ({ action: a.action, ledger: (a.input as { ledger?: LedgerRecord } | null)?.ledger ?? null }));
  return ledgerOf([...recorded, ...extra.map((ledger) => ({ action: 'pending', ledger }))]);
}

/** The ledger of a case as recorded, plus the records the action being written adds. */
export async function caseLedger(db: Db, caseId: string, extra: readonly LedgerRecord[] = []): Promise<CaseLedger> {
  return ledgerOfActions(await actionsOf(db, caseId), extra);
}

function clockInput(row: CaseRow, pinned: Pinned, ledger: CaseLedger) {
  return {
    acceptedOn: row.acceptedOn!,
    caseType: pinned.version.caseType,
    legalLimit: pinned.version.legalLimit ?? null,
    promisedLimit: pinned.version.promisedLimit ?? null,
    pauses: ledger.pauses,
    extensions: ledger.extensions,
  };
}

/** Both clocks on `today` with the ledger applied; null before acceptance. */
export function deadlinesOf(row: CaseRow, pinned: Pinned, place: Place, ledger: CaseLedger, today: string) {
  if (!row.acceptedOn) return null;
  return calendarCall(() => caseDeadlines(clockInput(row, pinned, ledger), today, place.calendar));
}

/** Working days the closed pauses of the ledger excluded from the clock. */
export function pausedWorkdaysOf(row: CaseRow, pinned: Pinned, place: Place, ledger: CaseLedger): number {
  if (!row.acceptedOn) return 0;
  const closed = { ...ledger, pauses: ledger.pauses.filter((p) => p.to !== undefined) };
  const r = calendarCall(() => dueDate(caseClocks(clockInput(row, pinned, closed)).legal, place.calendar));
  return r.status === 'running' ? r.pausedWorkdays : 0;
}

/** The due dates to store on the projection after a ledger change (unchanged while a pause is open). */
export function dueColumns(row: CaseRow, pinned: Pinned, place: Place, ledger: CaseLedger, today: string): { promisedDue?: string; legalDue?: string } {
  const d = deadlinesOf(row, pinned, place, ledger, today);
  if (!d || !d.legal.due || !d.promised.due) return {};
  return { promisedDue: d.promised.due, legalDue: d.legal.due };
}
