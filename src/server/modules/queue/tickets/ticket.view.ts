import { maskIdCard, maskMobile } from '../../../../domain/identifiers/index.ts';
import { estimateWait, priorityLabels, stateInfo, type Priority, type TicketState } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { findSettings } from '../setup/category.queries.ts';
import type { TicketRow } from './ticket.queries.ts';
import { countAhead, recentServiceSeconds, windowsServing } from './wait.queries.ts';

// How a ticket leaves the server. Staff lists show the phone and ID masked (FACTS §I); the
// public view carries nothing personal at all: a ticket id in a QR code is not a credential.

export function staffTicket(t: TicketRow) {
  return {
    id: t.id,
    number: t.number,
    categoryId: t.categoryId,
    queueCategoryId: t.queueCategoryId,
    serviceDate: t.serviceDate,
    priority: t.priority as Priority,
    priorityLabel: priorityLabels[t.priority as Priority]?.zh ?? t.priority,
    state: t.state as TicketState,
    stateLabel: stateInfo[t.state as TicketState]?.zh ?? t.state,
    windowId: t.windowId,
    targetWindowId: t.targetWindowId,
    calledCount: t.calledCount,
    firstCalledAt: t.firstCalledAt,
    lastCalledAt: t.lastCalledAt,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    source: t.source,
    phone: t.phone ? maskMobile(t.phone) : null,
    idCard: t.idCard ? maskIdCard(t.idCard) : null,
    caseIds: t.caseIds,
    closeReason: t.closeReason,
    createdAt: t.createdAt,
  };
}
export type StaffTicket = ReturnType<typeof staffTicket>;

export interface Position {
  ahead: number;
  estimatedWaitSeconds: number | null;
  estimatedWaitMinutes: number | null;
}

/**
 * People ahead in the ticket's queue and the expected wait: the moving median of the
 * category's recent services, divided over the windows serving it (the open ones, or all
 * mapped ones before the hall opens).
 */
export async function positionOf(db: Db, t: TicketRow): Promise<Position> {
  if (!stateInfo[t.state as TicketState]?.callable) return { ahead: 0, estimatedWaitSeconds: null, estimatedWaitMinutes: null };
  const settings = await findSettings(db, t.centerId);
  const [ahead, recent, windows] = await Promise.all([
    countAhead(db, t),
    recentServiceSeconds(db, t.queueCategoryId, settings.waitSample),
    windowsServing(db, t.queueCategoryId),
  ]);
  const estimate = estimateWait(ahead, recent, windows.open || windows.mapped, settings.waitSample);
  return { ahead, estimatedWaitSeconds: estimate?.seconds ?? null, estimatedWaitMinutes: estimate?.minutes ?? null };
}

export function publicTicket(t: TicketRow, categoryName: string, windowNumber: string | null, position: Position) {
  return {
    id: t.id,
    centerId: t.centerId,
    number: t.number,
    categoryId: t.categoryId,
    categoryName,
    serviceDate: t.serviceDate,
    priority: t.priority as Priority,
    state: t.state as TicketState,
    stateLabel: stateInfo[t.state as TicketState]?.zh ?? t.state,
    windowNumber,
    createdAt: t.createdAt,
    ...position,
  };
}
