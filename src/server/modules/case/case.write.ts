// THE one write path of a case (decision 0025): every change after intake goes through
// actOnCase. In one transaction: lock the case row, answer a retried request from its first
// result, check scope and the states table, run the action's own effect (outcome validator,
// notices with their numbers, due dates from the clock), append the action, update the
// projection, write the audit row and queue the SMS; the event leaves after commit.
import {
  allowedActions,
  caseActionLabels,
  checklistProblems,
  nextState,
  type CaseAction,
  type CaseStatus,
  type NumberTemplate,
} from '../../../domain/case/index.ts';
import type { SQLWrapper } from 'drizzle-orm';
import type { CaseActionResultData as CaseActionResult, ChecklistEntryData as ChecklistEntryInput } from '../../../contract/case.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { pipelinedTransaction } from '../../platform/db/pipelined.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { chinaToday } from '../calendar/index.ts';
import { notifyApplicant } from './case.notify.ts';
import { actorColumns, assertCaseInScope, auditCaseInsert, rolesOf, type CaseBy } from './case.actor.ts';
import { publishAfterCommit } from './case.events.ts';
import { loadPinned, loadPlace, type Pinned, type Place } from './case.pinned.ts';
import { actionByKey, actionsInsert, caseUpdate, drawAndCommit, findCaseHead, lastWritesAndCommit, numberToken, lockCase, materialLines, noticesInsert, updateMaterialLine, visitInsert, type CaseRow, type MaterialLine, type Stamp } from './case.queries.ts';
import { runEffect, type Effect } from './case.effects.ts';
import { noticeDrawOf, numberedNotice } from './notices/issue.ts';
import { runTaskEffect } from './tasks/task.effects.ts';
import { runEscalationEffect } from './escalation/escalation.service.ts';
import { runFollowupEffect } from './tasks/followup.effects.ts';
import { runStepClockEffect } from './tasks/step-clock.effects.ts';
import { checklistOf, statusOf } from './case.rules.ts';
import { assertCaseWritable } from './case.archived.ts';

export type { ActInput } from './case.rules.ts';
import type { ActInput } from './case.rules.ts';

export interface WriteOptions {
  publicUrl: string;
  now?: Date;
  /**
   * False when the caller tells the applicant itself, in the same transaction: the online hall
   * sends one acceptance message for all the cases of an application (decision 0051).
   */
  notifyApplicant?: boolean;
}

/** Lines the clerk changed now, checked against the pinned version before they are written. */
async function applyChecklist(tx: Db, row: CaseRow, pinned: Pinned, lines: MaterialLine[], input: readonly ChecklistEntryInput[], now: Date) {
  const given = new Map(input.map((e) => [e.materialId, e]));
  const merged = checklistOf(lines).map((e) => {
    const g = given.get(e.materialId);
    if (!g) return e;
    const { waiver, defect, reusedFrom, reason } = g;
    return { materialId: e.materialId, status: g.status, originals: g.originals ?? 0, copies: g.copies ?? 0, scans: e.scans, ...(defect ? { defect } : {}), ...(reusedFrom ? { reusedFrom } : {}), ...(waiver ? { waiver } : {}), ...(reason ? { reason } : {}) };
  });
  const unknown = input.filter((e) => !lines.some((l) => l.materialId === e.materialId)).map((e) => ({ ...e, originals: e.originals ?? 0, copies: e.copies ?? 0, scans: [] }));
  const problems = checklistProblems(pinned.outcomeItem, [...merged, ...unknown]);
  if (problems.length) throw new DomainError('CASE_OUTCOME_REFUSED', { problems });
  for (const g of input) {
    await updateMaterialLine(tx, row.id, g.materialId, {
      status: g.status,
      originals: g.originals ?? 0,
      copies: g.copies ?? 0,
      defect: g.defect ?? null,
      reusedFrom: g.reusedFrom ?? null,
      waiverFormat: g.waiver?.format ?? null,
      waiverDeadline: g.waiver?.deadline ?? null,
      reason: g.reason ?? null,
      updatedAt: now,
    });
  }
  return merged;
}

/** What an action needs read before its transaction: the case's scope, its pinned version and place. */
export interface ActionGround {
  by: CaseBy;
  pinned: Pinned;
  place: Place;
  /**
   * The case was inserted by this same transaction (收件并受理, decision 0054): its row and
   * material lines as written. No other transaction can see the row, so there is nothing to
   * lock, and it has no earlier action to answer a retry from: they are not read back (decision 0055).
   */
  created?: { row: CaseRow; lines: MaterialLine[] };
}

/** Where an action's numbers sit among the draws of the statement that commits it (drawAndCommit). */
export interface Numbering {
  /** Index of the action's first notice number. */
  first: number;
  /** The case's own number is drawn by the same statement (受理 in the intake's transaction): its index. */
  caseNumber?: number;
}

/**
 * An action checked and built, not yet written: its held writes are out, its last writes and
 * numbers wait for the caller's last statement (drawAndCommit), so several actions (and an
 * intake) can share one draw and one COMMIT.
 */
export interface PlannedAction {
  /** A retried request: its first answer; nothing to write. */
  prior?: CaseActionResult;
  draws: NumberDraw[];
  /** The last statement's parts; `stamp` is absent when nothing is drawn. */
  writes(stamp?: Stamp): SQLWrapper[];
  /** Notification refs whose messages carry the case number's stand-in (Numbering.caseNumber). */
  messageRefs: string[];
  outOfRange(i: number): Error;
  resultWith(numberOf: (i: number) => string): CaseActionResult;
  publish(numberOf: (i: number) => string): void;
}

type NumberDraw = { scope: string; template: NumberTemplate };

export async function actionGround(db: Db, by: CaseBy, caseId: string): Promise<ActionGround> {
  const pre = await findCaseHead(db, caseId);
  if (!pre) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  assertCaseInScope(by, pre.centerPath);
  // A published version and the center never change under a case: read them outside the lock.
  const [pinned, place] = await Promise.all([loadPinned(db, pre.versionId, pre.situationAnswers), loadPlace(db, pre.centerId, pre.departmentId)]);
  return { by, pinned, place };
}

export async function actOnCase(db: Db, by: CaseBy, caseId: string, action: CaseAction, input: ActInput, idempotencyKey: string, opts: WriteOptions): Promise<CaseActionResult> {
  const ground = await actionGround(db, by, caseId);
  return pipelinedTransaction(db, async (tx) => {
    const plan = await planAction(tx, ground, caseId, action, input, idempotencyKey, opts);
    if (plan.prior) return plan.prior;
    let numberOf = numberToken;
    if (!plan.draws.length) await lastWritesAndCommit(tx, plan.writes());
    else {
      const numbers = await drawAndCommit(tx, plan.draws, plan.writes, plan.outOfRange);
      numberOf = (i) => numbers[i]!;
    }
    plan.publish(numberOf);
    return plan.resultWith(numberOf);
  });
}

/**
 * The write path's checks and rows, inside the caller's transaction (actOnCase's, or the
 * intake's when it accepts its cases at once): lock the case row, answer a retried request
 * from its first result, check the states table, run the action's effects; the rows that
 * carry numbers are built with stand-ins (numberToken from `numbering.first`).
 */
export async function planAction(tx: Db, ground: ActionGround, caseId: string, action: CaseAction, input: ActInput, idempotencyKey: string, opts: WriteOptions, numbering: Numbering = { first: 0 }): Promise<PlannedAction> {
  const { by, pinned, place } = ground;
  const now = opts.now ?? new Date();
  const today = chinaToday(now);
  const roles = rolesOf(by);
  // 上报件 (decision 0035): a case of a center with a center above may be forwarded there.
  const facts = { ...pinned.facts, upperCenter: !!place.center.parentId };
  // The lock, the retried request's first answer and the material lines in one round trip
  // (pipelined on PostgreSQL, decision 0047): the server runs them in this order, so the
  // reads after the lock see what the lock waited for.
  const [locked, prior, lines] = ground.created
    ? [ground.created.row, undefined, ground.created.lines]
    : await Promise.all([lockCase(tx, caseId), actionByKey(tx, caseId, idempotencyKey), materialLines(tx, caseId)]);
  if (!locked) throw new DomainError('CASE_NOT_FOUND', { id: caseId });
  if (prior) {
    if (prior.action !== action) throw new DomainError('CASE_IDEMPOTENCY_CONFLICT', { action: prior.action });
    return { prior: prior.result as CaseActionResult, draws: [], writes: () => [], messageRefs: [], outOfRange: () => new Error('unused'), resultWith: () => prior.result as CaseActionResult, publish: () => {} };
  }
  // The case's number still to be drawn (受理 in the intake's transaction): its stand-in goes wherever the number is written.
  const caseNumberToken = numbering.caseNumber === undefined ? undefined : numberToken(numbering.caseNumber);
  const row: CaseRow = caseNumberToken ? { ...locked, number: caseNumberToken } : locked;
  assertCaseWritable(row); // issue #18: an archived case is read-only (CASE_ARCHIVED, not "no such action")
  const status = statusOf(row);
  const next = nextState(status, action, roles, facts);
  // The result is not handed out while a fee is due (issue #18): the conclude row's feeDue condition, with its own code.
  if (!next.ok && next.reason === 'condition' && next.fact === 'feeDue' && action === 'conclude') throw new DomainError('FEE_UNPAID', { ...next, action });
  if (!next.ok) throw new DomainError('CASE_ACTION_NOT_ALLOWED', { ...next, action, actionLabel: caseActionLabels[action].zh });

  const checklist = input.checklist ? await applyChecklist(tx, row, pinned, lines, input.checklist, now) : checklistOf(lines);
  const effect: Effect = await runEffect(tx, action, { row, pinned, place, checklist, lines, input, by, today, now, publicUrl: opts.publicUrl });
  // Back-office steps (issue #17): open, pass, return or close the case's task in this transaction.
  await runTaskEffect(tx, action, { row, pinned, place, by, input, today, now, promisedDue: effect.set.promisedDue ?? row.promisedDue, nextState: next.state });
  // 上报件 (decision 0035): the linked case above is made, a decision above goes back to the origin, delivery below concludes above.
  await runEscalationEffect(tx, action, { row, pinned, place, by, input, today, now, publicUrl: opts.publicUrl, nextState: next.state, effect }, actOnCase);
  // Step clocks and follow-up tasks (decision 0033): the open step's due date moves when a
  // pause ends; 容缺补交 / 承诺核查 open and close with their flags.
  await runStepClockEffect(tx, action, { row, place, today, now, actorId: 'system' in by ? null : by.actor.staffId, actorName: 'system' in by ? by.system : by.actor.name });
  await runFollowupEffect(tx, action, { row, by, now, flagsAfter: next.flags, waiverDue: effect.set.waiverDue !== undefined ? effect.set.waiverDue : row.waiverDue, verifyDue: effect.set.verifyDue !== undefined ? effect.set.verifyDue : row.verifyDue });

  const seq = row.rowVersion + 1;
  // The visit and the projection go with the last statement (below): one round trip fewer.
  const visit = effect.visit ? [visitInsert({ id: newId(now.getTime()), caseId, kind: effect.visit, ticketId: input.ticketId ?? effect.visitTicketId ?? null, at: now })] : [];
  const set: Partial<CaseRow> = {
    state: next.state,
    ...next.flags,
    decision: next.decision,
    ...(next.transition.decides ? { decidedAt: now } : {}),
    ...effect.set,
    ...(effect.visit ? { visits: row.visits + 1 } : {}),
    rowVersion: seq,
  };
  const messageRef = `case:${caseId}:${seq}`;
  if (effect.notify && opts.notifyApplicant !== false) await notifyApplicant(tx, row, place.center.name, effect.notify, messageRef, now);
  // Numbers last, drawn inside the last statement (decisions 0026, 0047): the notices'
  // (kind, department, year) counter rows are shared by every case of the department and
  // stay locked until commit, so the statement that draws them also writes the visit,
  // projection, notices, action and audit row, with COMMIT right behind it. The rows are
  // built with stand-ins for the numbers, which that statement replaces.
  const issue = { caseRow: row, place, today, now, publicUrl: opts.publicUrl };
  const tokenOf = (i: number) => numberToken(numbering.first + i);
  const draws = effect.notices.map((n) => noticeDrawOf(n.kind, issue));
  const numbered = effect.notices.map((n, i) => numberedNotice(n.kind, issue, n.specific as never, tokenOf(i)));
  const newStatus: CaseStatus = { state: next.state, flags: next.flags, decision: next.decision };
  const allowed = allowedActions(newStatus, roles, facts);
  const resultWith = (numberOf: (i: number) => string): CaseActionResult => ({
    caseId,
    state: next.state,
    flags: next.flags,
    decision: next.decision,
    notices: numbered.map((n, i) => ({ ...n.issued, number: numberOf(numbering.first + i) })),
    allowedActions: [...allowed],
  });
  const pending = resultWith(numberToken);
  const appended = {
    caseId,
    seq,
    action,
    fromState: row.state,
    toState: next.state,
    ...actorColumns(by),
    input: { ...input, ...(input.checklist ? { checklist: input.checklist.map((e) => e.materialId + ':' + e.status) } : {}), ...(effect.ledger ? { ledger: effect.ledger } : {}) },
    result: pending,
    note: input.note ?? null,
    idempotencyKey,
    at: now,
  };
  const audit = { centerId: row.centerId, action: `case.${action}`, objectId: caseId, summary: { number: row.number, from: row.state, to: next.state, notices: pending.notices.map((n) => n.number) } };
  return {
    draws,
    writes: (stamp) => [
      ...visit,
      // The case's own number, when drawn here, is written with the projection (one UPDATE of the row per statement).
      caseUpdate(tx, caseId, stamp && numbering.caseNumber !== undefined ? { ...set, number: stamp.number(numbering.caseNumber) as never } : set),
      // The rows as one JSON parameter, their stand-ins replaced in SQL (decision 0053: drizzle building them was most of this process's CPU per action).
      ...(numbered.length ? [noticesInsert(numbered.map((n, i) => ({ ...n.row, number: tokenOf(i) })), stamp?.jsonText)] : []),
      actionsInsert([appended], stamp?.jsonText),
      auditCaseInsert(by, [audit], stamp?.jsonText),
    ],
    messageRefs: caseNumberToken && effect.notify && opts.notifyApplicant !== false ? [messageRef] : [],
    outOfRange: (i) => new DomainError('CASE_NUMBER_INVALID', { kind: effect.notices[i - numbering.first]?.kind, reason: 'serialOutOfRange' }),
    resultWith,
    publish: (numberOf) => publishAfterCommit(tx, { caseId, centerId: row.centerId, number: caseNumberToken ? numberOf(numbering.caseNumber!) : row.number, action, state: next.state, at: now }),
  };
}
