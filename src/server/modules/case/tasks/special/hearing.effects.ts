// The hearing's case actions inside the one write path (decision 0036): telling the parties of
// their right (听证告知书), recording a request, noticing the hearing (听证通知书). The hearing's
// state is read from the action log; the dates are checked by the domain (special/hearing-plan.ts)
// and refused with stable codes; the notices are numbered with the case's other notices.
import {
  checkInform,
  checkRequest,
  checkSchedule,
  declaredSpecialSteps,
  hearingDeadlines,
  hearingLogOf,
  type CaseAction,
  type HearingCheck,
  type HearingInput,
  type HearingLog,
} from '../../../../../domain/case/index.ts';
import { DomainError } from '../../../../../domain/errors/index.ts';
import type { Db } from '../../../../platform/db/types.ts';
import { calendarCall, chinaToday } from '../../../calendar/index.ts';
import { notify, pending, type EffectContext, type Run } from '../../case.effect-kit.ts';
import { lockOpenTaskOfCase } from '../task.queries.ts';
import { hearingActionsOf, recordsOfCase } from './special.queries.ts';

/** The case's hearing as its log and its hearing record tell it. */
export async function hearingLogOfCase(db: Db, caseId: string): Promise<HearingLog> {
  const [actions, records] = await Promise.all([hearingActionsOf(db, caseId), recordsOfCase(db, caseId)]);
  const held = records.find((r) => r.kind === 'hearing_record');
  return hearingLogOf(
    actions.map((a) => ({ action: a.action, on: chinaToday(a.at), hearing: (a.input as { hearing?: HearingInput } | null)?.hearing ?? null })),
    held ? ((held.data as { heldOn?: string }).heldOn ?? null) : null,
  );
}

export function hearingOk(r: HearingCheck): void {
  if (!r.ok) throw new DomainError(r.code, { message: r.zh, en: r.en });
}

/** A colleague's claimed task is theirs: the hearing steps are the step's work too. */
async function notHeldByColleague(tx: Db, c: EffectContext): Promise<void> {
  if ('system' in c.by) return;
  const task = await lockOpenTaskOfCase(tx, c.row.id);
  if (task?.assigneeId && task.assigneeId !== c.by.actor.staffId) throw new DomainError('TASK_ALREADY_CLAIMED', { holder: { id: task.assigneeId, name: task.assigneeName }, claimedAt: task.claimedAt });
}

const given = (c: EffectContext): HearingInput => (c.input.hearing ?? {}) as HearingInput;

const inform: Run = async (tx, c) => {
  await notHeldByColleague(tx, c);
  const h = given(c);
  const declared = declaredSpecialSteps({ specialProcedures: c.pinned.version.specialProcedures ?? [], process: c.pinned.version.process ?? [] }).hearing;
  const ground = h.ground?.trim() ?? '';
  if (!declared.declared && !ground) throw new DomainError('HEARING_NOT_DECLARED');
  // The applicant is always told; the interested parties follow.
  const parties = [c.row.applicantName, ...(h.parties ?? []).map((p) => p.trim()).filter((p) => p && p !== c.row.applicantName)];
  hearingOk(checkInform(await hearingLogOfCase(tx, c.row.id), parties));
  // The action log keeps the parties as told (the applicant included): the hearing notice reads them back.
  c.input.hearing = { ...h, parties };
  const requestBy = calendarCall(() => hearingDeadlines({ toldOn: c.today }, c.place.calendar).requestBy);
  const notice = pending('hearing_right', { parties, ground: ground || '经审查', requestBy });
  return { set: {}, notices: [notice], notify: notify('case.hearing-offered', { requestBy }) };
};

const request: Run = async (tx, c) => {
  await notHeldByColleague(tx, c);
  const h = given(c);
  const requestedOn = h.requestedOn ?? c.today;
  if (!h.requestedBy?.trim()) throw new DomainError('VALIDATION_FAILED', { field: 'hearing.requestedBy' });
  const log = await hearingLogOfCase(tx, c.row.id);
  hearingOk(calendarCall(() => checkRequest(log, requestedOn, c.today, c.place.calendar)));
  return { set: {}, notices: [] };
};

const schedule: Run = async (tx, c) => {
  await notHeldByColleague(tx, c);
  const h = given(c);
  const place = h.place?.trim();
  if (!h.scheduledOn || !place) throw new DomainError('VALIDATION_FAILED', { field: !h.scheduledOn ? 'hearing.scheduledOn' : 'hearing.place' });
  const log = await hearingLogOfCase(tx, c.row.id);
  hearingOk(calendarCall(() => checkSchedule(log, h.scheduledOn!, c.today, c.place.calendar)));
  const notice = pending('hearing_notice', { parties: log.parties.length ? log.parties : [c.row.applicantName], requestedOn: log.requestedOn!, requestedBy: log.requestedBy ?? c.row.applicantName, scheduledOn: h.scheduledOn, place });
  return { set: {}, notices: [notice], notify: notify('case.hearing-scheduled', { scheduledOn: h.scheduledOn, place }) };
};

export const hearingEffects: Partial<Record<CaseAction, Run>> = {
  'hearing.inform': inform,
  'hearing.request': request,
  'hearing.schedule': schedule,
};
