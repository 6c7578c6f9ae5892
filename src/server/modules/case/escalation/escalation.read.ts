// The 上报件 link as either side's case page shows it (decision 0035). Scope is the case asked
// for: the county reads a township's case of origin (it is below it); a township's staff read the
// county's case only as this view of their own case of origin — its status and its timeline.
import { caseActionLabels, lowerReviewClock, lowerReviewStates, type CaseAction } from '../../../../domain/case/index.ts';
import type { CaseEscalationViewData } from '../../../../contract/case-escalation.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall, chinaToday } from '../../calendar/index.ts';
import { centersById } from '../../org/index.ts';
import { caseLedger } from '../case.clock.ts';
import { loadPlace } from '../case.pinned.ts';
import { findCase, type CaseRow } from '../case.queries.ts';
import { readableCase } from '../read/page.read.ts';
import { yellowWorkdaysOf } from '../warning-settings.ts';
import { escalationOf, timelineOf, type EscalationRow } from './escalation.queries.ts';

const label = (a: string) => (a === 'create' ? '接件登记' : (caseActionLabels[a as CaseAction]?.zh ?? a));

function linked(row: CaseRow, centerName: string) {
  return {
    id: row.id,
    number: row.number,
    centerName,
    department: row.departmentName,
    state: row.state,
    decision: row.decision ?? null,
    decidedAt: row.decidedAt,
    promisedDue: row.promisedDue,
    legalDue: row.legalDue,
  };
}

async function timeline(db: Db, row: CaseRow, side: 'origin' | 'upper', centerName: string) {
  return (await timelineOf(db, row.id)).map((a) => ({
    side,
    caseNumber: row.number,
    centerName,
    seq: a.seq,
    action: a.action,
    label: label(a.action),
    fromState: a.fromState,
    toState: a.toState,
    actorName: a.actorName,
    actorRole: a.actorRole,
    note: a.note,
    at: a.at,
  }));
}

/** §43 on a case of origin: forwarded (stopped), or still under the lower center's review. */
async function lowerReviewOf(db: Db, row: CaseRow, link: EscalationRow | undefined, today: string) {
  if (!row.acceptedOn) return null;
  const place = await loadPlace(db, row.centerId, row.departmentId);
  if (!link && (!place.center.parentId || !lowerReviewStates.includes(row.state))) return null;
  const ledger = await caseLedger(db, row.id);
  const yellow = await yellowWorkdaysOf(db, row.centerPath);
  return calendarCall(() => lowerReviewClock({ acceptedOn: row.acceptedOn!, pauses: ledger.pauses, forwardedOn: link?.forwardedOn ?? null, today }, place.calendar, yellow));
}

export async function caseEscalation(db: Db, actor: Actor, caseId: string, now = new Date()): Promise<CaseEscalationViewData> {
  const row = await readableCase(db, actor, caseId);
  const link = await escalationOf(db, row.id);
  const role = !link ? null : link.originCaseId === row.id ? ('origin' as const) : ('upper' as const);
  const lowerReview = role === 'upper' ? null : await lowerReviewOf(db, row, link, chinaToday(now));
  if (!link) return { role, lowerReview, link: null };
  // The other side is read through this case's link only (never by its own id from this actor).
  const [origin, upper] = await Promise.all([role === 'origin' ? row : findCase(db, link.originCaseId), role === 'upper' ? row : findCase(db, link.upperCaseId)]);
  const centers = await centersById(db, [link.originCenterId, link.upperCenterId]);
  const originName = centers.get(link.originCenterId)?.name ?? '';
  const upperName = centers.get(link.upperCenterId)?.name ?? '';
  const entries = [...(await timeline(db, origin!, 'origin', originName)), ...(await timeline(db, upper!, 'upper', upperName))];
  entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.side === b.side ? a.seq - b.seq : a.side === 'origin' ? -1 : 1));
  return {
    role,
    lowerReview,
    link: {
      reason: link.reason,
      forwardedByName: link.forwardedByName,
      forwardedAt: link.forwardedAt,
      returnedAt: link.returnedAt,
      origin: linked(origin!, originName),
      upper: linked(upper!, upperName),
      timeline: entries,
    },
  };
}
