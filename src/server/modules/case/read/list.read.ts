// The case lists: the window's cases today, my cases, and search (masked results), all within
// the reader's center scope; and the by-number lookup behind a barcode scan.
import { and, eq } from 'drizzle-orm';
import type { CaseListItemData } from '../../../../contract/case.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { chinaToday } from '../../calendar/index.ts';
import { assertCenterInScope } from '../../org/index.ts';
import { ticketNumbers } from '../../queue/index.ts';
import type { CaseRow } from '../case.queries.ts';
import { maskIdNumber } from './mask.ts';
import type { WarningLevel } from '../../../../domain/clock/index.ts';
import { flagsOf } from '../case.rules.ts';
import { notEscalatedAbove } from '../escalation/escalation.queries.ts';
import { caseIdByNumber, caseRecords, inScope, pageOfCases, pageOfWarnedCases, receivedBetween, resultsReady, searchCondition } from './read.queries.ts';

export function listItem(r: CaseRow, tickets: ReadonlyMap<string, string> = new Map()): CaseListItemData {
  return {
    id: r.id,
    number: r.number,
    itemName: r.itemName,
    applicantName: r.applicantName,
    applicantIdNumber: maskIdNumber(r.applicantIdType, r.applicantIdNumber),
    state: r.state,
    flags: flagsOf(r),
    receivedAt: r.receivedAt,
    promisedDue: r.promisedDue,
    legalDue: r.legalDue,
    warningLevel: r.warningLevel ?? null,
    ticketNumber: r.ticketId ? (tickets.get(r.ticketId) ?? null) : null,
    decision: r.decision ?? null,
    decidedAt: r.decidedAt,
    certificateDue: r.certificateDue,
  };
}

/** The Beijing day containing `now`, as instants. */
export function beijingDay(now: Date): { from: Date; to: Date } {
  const day = chinaToday(now);
  const from = new Date(`${day}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

export async function listCases(
  db: Db,
  actor: Actor,
  q: { view: 'window_today' | 'mine' | 'search' | 'warnings' | 'results_ready'; centerId?: string | undefined; q?: string | undefined; level?: WarningLevel | undefined; page: number; pageSize: number },
  now = new Date(),
) {
  const scope = q.centerId ? inScope((await assertCenterInScope(db, actor, q.centerId)).path) : inScope(actor.centerPath);
  let where;
  if (q.view === 'window_today') {
    const { from, to } = beijingDay(now);
    where = and(scope, q.centerId ? eq(caseRecords.centerId, q.centerId) : eq(caseRecords.centerId, actor.centerId), receivedBetween(from, to));
  } else if (q.view === 'warnings') {
    // One center's warned cases, worst first, through case_record_open_level_idx.
    const { items, total } = await pageOfWarnedCases(db, q.centerId ?? actor.centerId, q.level, q.pageSize, (q.page - 1) * q.pageSize);
    const tickets = await ticketNumbers(db, items.map((r) => r.ticketId).filter((t): t is string => !!t));
    return { items: items.map((r) => listItem(r, tickets)), total, page: q.page, pageSize: q.pageSize };
  } else if (q.view === 'results_ready') {
    // 上报件 (decision 0035): a case above is handed out at its window of origin, so it is not listed here.
    where = and(scope, resultsReady(q.centerId ?? actor.centerId), notEscalatedAbove());
  } else if (q.view === 'mine') {
    where = and(scope, eq(caseRecords.receivedBy, actor.staffId));
  } else {
    if (!q.q) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    where = and(scope, searchCondition(q.q));
  }
  const { items, total } = await pageOfCases(db, where, q.pageSize, (q.page - 1) * q.pageSize);
  // One lookup for the page's tickets, through the queue's index (its table is not ours to join).
  const tickets = await ticketNumbers(db, items.map((r) => r.ticketId).filter((t): t is string => !!t));
  return { items: items.map((r) => listItem(r, tickets)), total, page: q.page, pageSize: q.pageSize };
}

export async function caseByNumber(db: Db, actor: Actor, number: string) {
  const row = await caseIdByNumber(db, number.trim());
  if (!row) throw new DomainError('CASE_NOT_FOUND', { number });
  if (!row.centerPath.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  return { id: row.id, number: row.number };
}
