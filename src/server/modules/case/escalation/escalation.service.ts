// 上报件 inside the one write path (issue #17, decision 0035), called by actOnCase in its
// transaction after the states table allowed the action:
// - escalate: the linked case above is made (its own application, number, checklist with the
//   same file-store scans recorded as reused, the applicant and answers copied), linked both
//   ways with the §43 clock as it stood, and accepted above through actOnCase itself
//   (escalation.accept), which opens its first task in the department's inbox there;
// - a decision (or ending) of a case above goes back to its case of origin (escalation.approve,
//   .refuse, .end) so the result is handed out at the window of origin, not above;
// - the window of origin handing out the result concludes the case above (escalation.deliver),
//   and a withdrawal there while the case is above withdraws it above (escalation.withdraw).
// actOnCase is passed in (not imported) so the write path and this file form no import cycle.
import { caseActionLabels, caseSerialScope, formatCaseNumber, lowerReviewDue, returnActionFor, type CaseAction, type CaseState } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { calendarCall } from '../../calendar/index.ts';
import { findCenter, type CenterRow } from '../../org/index.ts';
import type { CaseBy } from '../case.actor.ts';
import { caseLedger } from '../case.clock.ts';
import type { Effect } from '../case.effect-kit.ts';
import { loadPlace, type Pinned, type Place } from '../case.pinned.ts';
import { drawSerials, materialLines, type CaseRow } from '../case.queries.ts';
import type { ActInput } from '../case.rules.ts';
import { applicationById } from '../read/read.queries.ts';
import { originCollection } from './escalation.effects.ts';
import { escalationOfOrigin, escalationOfUpper, insertApplication, insertCase, insertCreated, insertEscalation, insertLines, markReturned } from './escalation.queries.ts';

/** actOnCase's shape, as this file calls it on the other side of a link. */
export type Act = (db: Db, by: CaseBy, caseId: string, action: CaseAction, input: ActInput, key: string, opts: { publicUrl: string; now?: Date }) => Promise<unknown>;

export interface EscalationContext {
  row: CaseRow;
  pinned: Pinned;
  place: Place;
  by: CaseBy;
  input: ActInput;
  today: string;
  now: Date;
  publicUrl: string;
  nextState: CaseState;
  /** The action's own effect, before its notices are numbered (a decision above is handed out below). */
  effect: Effect;
}

const nameOf = (by: CaseBy) => ('system' in by ? by.system : by.actor.name);

/** Run the 上报件 part of `action`; a no-op for a case without a link and for other actions. */
export async function runEscalationEffect(tx: Db, action: CaseAction, c: EscalationContext, act: Act): Promise<void> {
  if (action === 'escalate') return forward(tx, c, act);
  // Handed out below (or passed down a chain village → township → county): conclude above.
  if (action === 'conclude' || action === 'escalation.deliver') {
    const link = await escalationOfOrigin(tx, c.row.id);
    if (link) await act(tx, { system: `${c.place.center.name}出件` }, link.upperCaseId, 'escalation.deliver', { note: `原受理窗口已出件（${c.row.number}）` }, `escalation.deliver:${c.row.id}`, { publicUrl: c.publicUrl, now: c.now });
    return;
  }
  // Withdrawn below while above: the case above is withdrawn too (and, being withdrawn from below, reports nothing back).
  if (action === 'withdraw' && c.row.state === 'escalated') {
    const link = await escalationOfOrigin(tx, c.row.id);
    if (link) await act(tx, { system: `${c.place.center.name}撤回` }, link.upperCaseId, 'escalation.withdraw', { note: `原受理窗口撤回（${c.row.number}）` }, `escalation.withdraw:${c.row.id}`, { publicUrl: c.publicUrl, now: c.now });
    return;
  }
  if (action === 'escalation.withdraw') return;
  const back = c.row.state !== c.nextState ? returnActionFor(c.nextState) : null;
  if (!back) return;
  const link = await escalationOfUpper(tx, c.row.id);
  if (!link) return;
  const origin = await findCenter(tx, link.originCenterId);
  // The result is handed out at the window of origin: the decision says so, and the SMS comes from there.
  for (const n of c.effect.notices) {
    const specific = n.specific as { collection?: string };
    if (origin && typeof specific.collection === 'string') specific.collection = originCollection(origin);
  }
  delete c.effect.notify;
  const certificate = c.effect.set.certificate ?? undefined;
  const input: ActInput = {
    note: `${c.place.center.name}办件 ${c.row.number}：${caseActionLabels[action].zh}`,
    ...(certificate ? { certificate } : {}),
    escalation: { certificateDue: c.effect.set.certificateDue ?? null },
  };
  await act(tx, { system: `${c.place.center.name}回传` }, link.originCaseId, back, input, `${back}:${c.row.id}`, { publicUrl: c.publicUrl, now: c.now });
  await markReturned(tx, link.originCaseId, c.now);
}

async function upperCenterOf(tx: Db, c: EscalationContext): Promise<CenterRow> {
  const upper = c.place.center.parentId ? await findCenter(tx, c.place.center.parentId) : undefined;
  if (!upper) throw new DomainError('NOT_FOUND', { object: 'center', id: c.place.center.parentId ?? '' });
  return upper;
}

async function forward(tx: Db, c: EscalationContext, act: Act): Promise<void> {
  const { row, now, today } = c;
  const reason = c.input.note?.trim() ?? '';
  const upper = await upperCenterOf(tx, c);
  const version = c.pinned.version;
  const upperPlace = await loadPlace(tx, upper.id, version.departmentId ?? version.leadDepartmentId ?? row.departmentId ?? null);
  const application = await applicationById(tx, row.applicationId);
  const actorId = 'system' in c.by ? null : c.by.actor.staffId;

  const applicationId = newId(now.getTime());
  await insertApplication(tx, {
    id: applicationId,
    centerId: upper.id,
    applicantId: row.applicantId,
    agent: application?.agent ?? null,
    channel: row.channel,
    serviceMode: row.serviceMode,
    ticketId: null,
    sharedFields: application?.sharedFields ?? {},
    // Not the clerk's own intake key space: the application above is the system's, keyed by the case of origin.
    createdBy: 'system:escalation',
    idempotencyKey: row.id,
    createdAt: now,
  });
  const [serial] = await drawSerials(tx, [`case|${caseSerialScope({ code: row.itemCode, date: today })}`]);
  const number = formatCaseNumber({ code: row.itemCode, date: today, serial: serial! });
  if (!number.ok) throw new DomainError('CASE_NUMBER_INVALID', { itemId: row.itemId, reason: number.reason });

  const id = newId(now.getTime());
  await insertCase(tx, {
    id,
    number: number.value,
    applicationId,
    centerId: upper.id,
    centerPath: upper.path,
    departmentId: upperPlace.department.id === upper.id ? null : upperPlace.department.id,
    departmentName: upperPlace.department.name,
    itemId: row.itemId,
    versionId: row.versionId,
    itemName: row.itemName,
    itemCode: row.itemCode,
    caseType: row.caseType,
    state: 'received',
    applicantId: row.applicantId,
    applicantName: row.applicantName,
    applicantIdType: row.applicantIdType,
    applicantIdNumber: row.applicantIdNumber,
    applicantPhone: row.applicantPhone,
    channel: row.channel,
    serviceMode: row.serviceMode,
    ticketId: null,
    formData: row.formData,
    situationAnswers: row.situationAnswers,
    receivedBy: actorId ?? 'system',
    receivedAt: now,
    visits: 0, // the applicant never comes to the center above
    promisedVisits: row.promisedVisits,
  });
  // The materials travel with the case: the same checklist and the same file-store scans,
  // each received line recorded as reused from the case of origin (免提交: nothing asked again).
  const lines = await materialLines(tx, row.id);
  await insertLines(
    tx,
    lines.map((l) => ({
      ...l,
      caseId: id,
      status: l.status === 'received' ? ('reused' as const) : l.status,
      reusedFrom: l.status === 'received' ? row.number : l.reusedFrom,
      updatedAt: now,
    })),
  );
  await insertCreated(tx, {
    caseId: id,
    seq: 1,
    action: 'create',
    fromState: null,
    toState: 'received',
    actorId,
    actorName: nameOf(c.by),
    actorRole: 'system' in c.by ? 'system' : c.by.actor.roles.join(','),
    input: { applicationId, versionId: row.versionId, escalatedFrom: row.id, originNumber: row.number },
    result: null,
    note: `${c.place.center.name}上报：${reason}`,
    idempotencyKey: null,
    at: now,
  });
  // §43: the lower center's review, as it stood when the case went up.
  const ledger = await caseLedger(tx, row.id);
  const reviewDue = row.acceptedOn ? calendarCall(() => lowerReviewDue(row.acceptedOn!, ledger.pauses, c.place.calendar)) : null;
  await insertEscalation(tx, {
    originCaseId: row.id,
    upperCaseId: id,
    originCenterId: row.centerId,
    upperCenterId: upper.id,
    reason,
    forwardedBy: actorId,
    forwardedByName: nameOf(c.by),
    forwardedAt: now,
    forwardedOn: today,
    reviewDue,
  });
  await act(tx, { system: `${c.place.center.name}上报（${nameOf(c.by)}）` }, id, 'escalation.accept', { note: reason }, `escalation.accept:${row.id}`, { publicUrl: c.publicUrl, now });
}
