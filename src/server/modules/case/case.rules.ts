// Pure-ish helpers shared by the write path and its effects: the projection's status, the
// checklist from the material lines, the due dates on acceptance, and refusing an outcome.
import { caseDeadlines, type CaseFlags, type CaseStatus, type ChecklistEntry, type OutcomeCheck, type TimeNeeded } from '../../../domain/case/index.ts';
import type { PauseKind } from '../../../domain/clock/index.ts';
import type { ChecklistEntryData as ChecklistEntryInput, JointOpinionInput, StepActionInput } from '../../../contract/case.ts';
import type { HearingActionInput } from '../../../contract/special.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { calendarCall } from '../calendar/index.ts';
import type { Pinned, Place } from './case.pinned.ts';
import type { CaseRow, MaterialLine } from './case.queries.ts';

export interface ActInput {
  checklist?: ChecklistEntryInput[];
  refusal?: { reasons: string; basis: string; competentAgency: string };
  commitment?: { conditions: string[]; replacedMaterialIds?: string[]; verifyBy: string };
  note?: string;
  ticketId?: string;
  /** conclude: the applicant collected the result at the window (a pickup visit). */
  pickup?: boolean;
  /** material.scan: the file already kept in the file store, recorded on a checklist line. */
  scan?: { materialId: string; sha256: string; mime: string; size: number };
  // issue #17 (decision 0032)
  pause?: { kind: PauseKind; reason: string; timeNeeded: TimeNeeded };
  extension?: { reason?: string | undefined; governmentApproval?: string | undefined };
  certificate?: { name: string; number: string; validUntil?: string | null | undefined; issuingBody: string };
  decisionRefusal?: { reasons: string; basis: string };
  ending?: { reason: string; basis?: string | undefined };
  /** Back-office steps: the task the screen showed and its final record (tasks/task.effects.ts). */
  step?: StepActionInput;
  /** 联办件: a joint department's opinion on its sub-task (tasks/joint.effects.ts). */
  joint?: JointOpinionInput;
  /** 上报件 (decision 0035): what a decision above brings back to the case of origin; set by the server only. */
  escalation?: { certificateDue: string | null };
  /** fee.charge / fee.settle: the fee module's notice (never from the case's HTTP route; decision 0037). */
  fee?: { noticeId: string; number: string; reason: string };
  /** Special steps (decision 0036): what a hearing action records. */
  hearing?: HearingActionInput;
}

export function flagsOf(row: CaseRow): CaseFlags {
  return { awaitingCorrection: row.awaitingCorrection, waiverPending: row.waiverPending, commitmentPending: row.commitmentPending, paused: row.paused, extensionPending: row.extensionPending, extended: row.extended, feeDue: row.feeDue };
}

export function statusOf(row: CaseRow): CaseStatus {
  return { state: row.state, flags: flagsOf(row), decision: row.decision ?? null };
}

export function checklistOf(lines: readonly MaterialLine[]): ChecklistEntry[] {
  return lines.map((l) => ({
    materialId: l.materialId,
    status: l.status,
    originals: l.originals,
    copies: l.copies,
    scans: l.scans.map((s) => s.sha256),
    ...(l.defect ? { defect: l.defect } : {}),
    ...(l.reusedFrom ? { reusedFrom: l.reusedFrom } : {}),
    ...(l.waiverFormat && l.waiverDeadline ? { waiver: { format: l.waiverFormat, deadline: l.waiverDeadline } } : {}),
    ...(l.reason ? { reason: l.reason } : {}),
  }));
}

/** Refuse with the validator's problems (422), so the clerk sees every one at once. */
export function requireOk(check: OutcomeCheck): void {
  if (!check.ok) throw new DomainError('CASE_OUTCOME_REFUSED', { problems: check.problems });
}

/**
 * The promised and legal due dates if the case is accepted `today` (or was, on `acceptedOn`).
 * `dueProvisional`: a date reaches a year counted provisionally (its days off not imported yet,
 * loadDeadlineCalendar); the recompute job counts it again once the year is imported.
 */
export function dueDatesFrom(pinned: Pinned, place: Place, today: string, acceptedOn = today) {
  const d = calendarCall(() =>
    caseDeadlines(
      { acceptedOn, caseType: pinned.version.caseType, legalLimit: pinned.version.legalLimit ?? null, promisedLimit: pinned.version.promisedLimit ?? null, pauses: [], extensions: [] },
      today,
      place.calendar,
    ),
  );
  const promisedDue = d.promised.due ?? acceptedOn;
  const legalDue = d.legal.due ?? acceptedOn;
  return { promisedDue, legalDue, dueProvisional: reachesProvisional(place.provisionalYears, promisedDue, legalDue) };
}

/** A date in or after the first provisional year was counted on guessed days off. */
export function reachesProvisional(provisionalYears: readonly number[], ...dates: string[]): boolean {
  if (provisionalYears.length === 0) return false;
  const first = Math.min(...provisionalYears);
  return dates.some((d) => Number(d.slice(0, 4)) >= first);
}

