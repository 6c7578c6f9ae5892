// The case page: the projection, its timeline from the action log, materials, notices, due
// dates with their warning level, handovers, visits against the guide's promise, and the
// applicant with ID and phone masked. Revealing them is its own audited read.
import { allowedActions, caseActionLabels, clockRunningStates, extensionWorkdays, levelAgainst, warningBoundaries, type CaseAction } from '../../../../domain/case/index.ts';
import { yellowWorkdaysOf } from '../warning-settings.ts';
import type { CasePageData } from '../../../../contract/case.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall, chinaToday } from '../../calendar/index.ts';
import { ticketNumbers } from '../../queue/index.ts';
import { deadlinesOf, ledgerOfActions } from '../case.clock.ts';
import { assertCaseInScope, auditCase } from '../case.actor.ts';
import { loadPinned, loadPlace } from '../case.pinned.ts';
import { findCase, materialLines, noticesOf, type CaseRow } from '../case.queries.ts';
import { statusOf } from '../case.rules.ts';
import { maskIdNumber, maskMobile } from './mask.ts';
import { actionsOf, applicantById, applicationById, handoversOf, visitsOf } from './read.queries.ts';
import { noticeKindInfo } from '../../../../domain/case/index.ts';
import { narrowToStep, openTaskOf } from '../tasks/open-task.read.ts';

export async function readableCase(db: Db, actor: Actor, caseId: string): Promise<CaseRow> {
  const row = await findCase(db, caseId);
  if (!row) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  assertCaseInScope({ actor, ip: '' }, row.centerPath);
  return row;
}

const actionLabel = (a: string) => (a === 'create' ? '接件登记' : (caseActionLabels[a as CaseAction]?.zh ?? a));

export async function casePage(db: Db, actor: Actor, caseId: string, now = new Date()): Promise<CasePageData> {
  const row = await readableCase(db, actor, caseId);
  const [pinned, place, applicant, application, lines, notices, actions, handovers, visits] = await Promise.all([
    loadPinned(db, row.versionId, row.situationAnswers),
    loadPlace(db, row.centerId, row.departmentId),
    applicantById(db, row.applicantId),
    applicationById(db, row.applicationId),
    materialLines(db, caseId),
    noticesOf(db, caseId),
    actionsOf(db, caseId),
    handoversOf(db, caseId),
    visitsOf(db, caseId),
  ]);
  const tickets = await ticketNumbers(db, [row.ticketId, ...visits.map((v) => v.ticketId)].filter((t): t is string => !!t));
  const today = chinaToday(now);
  // The ledger (pauses, extension) comes from the action log: the due dates shown are derived from it.
  const ledger = ledgerOfActions(actions);
  const due = deadlinesOf(row, pinned, place, ledger, today);
  const pausedWorkdays = due?.pausedDays ?? 0;
  // The stored dates are the projection the write path keeps (moved at pause end and extension,
  // recounted once a provisional year is imported); the lists and the warning job read the same.
  const promisedDue = row.promisedDue;
  const legalDue = row.legalDue;
  // Levels from the stored due dates (moved by pauses and the extension on the write path), by
  // the same rule and per-center threshold the case-warning-levels job stores for the lists.
  const yellow = await yellowWorkdaysOf(db, row.centerPath);
  const bounds = row.acceptedOn ? calendarCall(() => warningBoundaries(today, place.calendar, yellow)) : null;
  const ended = !clockRunningStates.includes(row.state);
  const level = (d: string | null) => {
    if (ended || !bounds) return 'none' as const;
    if (row.paused && (d === null || d >= today)) return 'paused' as const;
    return d === null ? ('none' as const) : levelAgainst(d, bounds);
  };
  const agent = application?.agent ?? null;
  const openTask = await openTaskOf(db, row, pinned, place, bounds);
  return {
    id: row.id,
    number: row.number,
    applicationId: row.applicationId,
    state: row.state,
    flags: statusOf(row).flags,
    decision: row.decision ?? null,
    centerId: row.centerId,
    department: row.departmentName,
    item: { id: row.itemId, versionId: row.versionId, name: row.itemName, code: row.itemCode, caseType: row.caseType },
    channel: row.channel as CasePageData['channel'],
    serviceMode: row.serviceMode as CasePageData['serviceMode'],
    applicant: {
      id: row.applicantId,
      kind: applicant?.kind ?? 'person',
      idType: row.applicantIdType as '111',
      idNumber: maskIdNumber(row.applicantIdType, row.applicantIdNumber),
      name: row.applicantName,
      legalRepresentative: applicant?.legalRepresentative ?? null,
      phone: maskMobile(row.applicantPhone),
      address: applicant?.address ?? null,
      masked: true,
    },
    agent: agent ? { name: agent.name, idNumber: maskIdNumber(agent.idType, agent.idNumber), phone: maskMobile(agent.phone), mandate: agent.mandate } : null,
    formData: row.formData,
    situations: pinned.answered,
    conditions: pinned.conditions,
    receivedAt: row.receivedAt,
    acceptedAt: row.acceptedAt,
    decidedAt: row.decidedAt,
    concludedAt: row.concludedAt,
    due: {
      promised: { due: promisedDue, level: level(promisedDue) },
      legal: { due: legalDue, level: level(legalDue) },
      waiver: row.waiverDue,
      verify: row.verifyDue,
      provisional: row.dueProvisional && !ended,
      certificate: row.state === 'decided_approved' ? row.certificateDue : null,
    },
    clock: {
      pauses: ledger.pauses.map((p) => ({ kind: p.kind, reason: p.reason, from: p.from, to: p.to ?? null })),
      extensions: ledger.extension ? [{ workdays: extensionWorkdays(pinned.version.caseType === 'joint'), reason: ledger.extension.reason, approver: ledger.extension.approverName ?? '' }] : [],
      pausedWorkdays,
    },
    certificate: row.certificate ?? null,
    ticket: row.ticketId ? { id: row.ticketId, number: tickets.get(row.ticketId) ?? null } : null,
    visits: {
      count: visits.length,
      promised: row.promisedVisits,
      list: visits.map((v) => ({ id: v.id, kind: v.kind, ticketId: v.ticketId, ticketNumber: v.ticketId ? (tickets.get(v.ticketId) ?? null) : null, at: v.at })),
    },
    materials: lines.map((l) => ({
      materialId: l.materialId,
      name: l.name,
      required: l.required,
      waivable: l.waivable,
      requiredOriginals: l.requiredOriginals,
      requiredCopies: l.requiredCopies,
      status: l.status,
      originals: l.originals,
      copies: l.copies,
      scans: l.scans,
      defect: l.defect,
      reusedFrom: l.reusedFrom,
      waiver: l.waiverFormat && l.waiverDeadline ? { format: l.waiverFormat, deadline: l.waiverDeadline } : null,
      reason: l.reason,
    })),
    notices: notices.map((n) => ({ id: n.id, kind: n.kind, title: noticeKindInfo[n.kind].title, number: n.number, issuedAt: n.issuedAt })),
    timeline: actions.map((a) => ({
      seq: a.seq,
      action: a.action,
      label: actionLabel(a.action),
      fromState: a.fromState,
      toState: a.toState,
      actorName: a.actorName,
      actorRole: a.actorRole,
      note: a.note,
      at: a.at,
    })),
    handovers: handovers.map((h) => ({
      id: h.id,
      caseId: h.caseId,
      caseNumber: row.number,
      fromName: h.fromName,
      toDepartment: h.toDepartment,
      items: h.items,
      createdAt: h.createdAt,
      confirmedAt: h.confirmedAt,
      confirmedByName: h.confirmedByName,
      direction: h.direction,
    })),
    allowedActions: narrowToStep(allowedActions(statusOf(row), actor.roles, { ...pinned.facts, upperCenter: !!place.center.parentId }), openTask),
    openTask,
  };
}

/** The unmasked ID and phone: a read of personal data, audited in its own transaction. */
export async function revealCase(db: Db, who: { actor: Actor; ip: string }, caseId: string) {
  const row = await readableCase(db, who.actor, caseId);
  const application = await applicationById(db, row.applicationId);
  await db.transaction((tx) =>
    auditCase(tx, who, { centerId: row.centerId, action: 'case.reveal', objectId: row.id, summary: { number: row.number, fields: ['idNumber', 'phone'], personalData: true } }),
  );
  return {
    idNumber: row.applicantIdNumber,
    phone: row.applicantPhone,
    agentIdNumber: application?.agent?.idNumber ?? null,
    agentPhone: application?.agent?.phone ?? null,
  };
}
