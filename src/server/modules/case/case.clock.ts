// The case's clocks on the server: the ledger (pauses and the extension) read from the action
// log, and the due dates derived from it over the center's calendar by the clocks' domain
// (ledger.ts). Due dates are never typed in; every write that changes the ledger re-derives
// them here (decision 0032).
import { dueDates, ledgerOf, warningLevelOfDue, type ClockInput, type ClockLedger, type LedgerRecord } from '../../../domain/case/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { calendarCall } from '../calendar/index.ts';
import type { Pinned, Place } from './case.pinned.ts';
import type { CaseRow } from './case.queries.ts';
import { actionsOf } from './read/read.queries.ts';

type Action = { action: string; input: unknown };

export function ledgerOfActions(actions: readonly Action[], extra: readonly LedgerRecord[] = []): ClockLedger {
  const recorded = actions.map((a) => ({ action: a.action, ledger: (a.input as { ledger?: LedgerRecord } | null)?.ledger ?? null }));
  return ledgerOf([...recorded, ...extra.map((ledger) => ({ action: 'pending', ledger }))]);
}

/** The ledger of a case as recorded, plus the records the action being written adds. */
export async function caseLedger(db: Db, caseId: string, extra: readonly LedgerRecord[] = []): Promise<ClockLedger> {
  return ledgerOfActions(await actionsOf(db, caseId), extra);
}

/** The clocks' input of an accepted case; null before acceptance. */
export function clockInputOf(row: CaseRow, pinned: Pinned, ledger: ClockLedger): ClockInput | null {
  if (!row.acceptedOn) return null;
  const v = pinned.version;
  return { startDate: row.acceptedOn, legal: v.legalLimit ?? null, promised: v.promisedLimit ?? null, joint: v.caseType === 'joint', ledger };
}

/** The due dates with the ledger applied; null before acceptance. */
export function dueDatesOf(row: CaseRow, pinned: Pinned, place: Place, ledger: ClockLedger) {
  const input = clockInputOf(row, pinned, ledger);
  return input ? calendarCall(() => dueDates(input, place.calendar)) : null;
}

/** Both clocks on `today` with their warning level (paused while a pause is open). */
export function deadlinesOf(row: CaseRow, pinned: Pinned, place: Place, ledger: ClockLedger, today: string) {
  const d = dueDatesOf(row, pinned, place, ledger);
  if (!d) return null;
  const state = (due: string | null) => ({ due, level: d.pausedSince ? ('paused' as const) : calendarCall(() => warningLevelOfDue(due, today, place.calendar)) });
  return { legal: state(d.legalDue), promised: state(d.promisedDue), pausedDays: d.pausedDays };
}

/** The due dates to store on the projection after a ledger change (unchanged while a pause is open). */
export function dueColumns(row: CaseRow, pinned: Pinned, place: Place, ledger: ClockLedger): { promisedDue?: string; legalDue?: string } {
  const d = dueDatesOf(row, pinned, place, ledger);
  if (!d || !d.legalDue || !d.promisedDue) return {};
  return { promisedDue: d.promisedDue, legalDue: d.legalDue };
}
