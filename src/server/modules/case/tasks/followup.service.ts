// Follow-up tasks in the department's inbox (decision 0033): 容缺补交 and 承诺核查 are listed
// with their due date and warning colour and claimed like a step; working them is the case's
// own actions (waiver.supply, commitment.verify, commitment.revoke) through actOnCase, which
// closes the follow-up and re-checks the claim at commit (followup.effects.ts).
import { levelAgainst, type WarningBoundaries } from '../../../../domain/case/index.ts';
import type { FollowupItemData } from '../../../../contract/task.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { findStaff } from '../../org/index.ts';
import { auditCase } from '../case.actor.ts';
import { chinaToday } from '../../calendar/index.ts';
import { loadPlace } from '../case.pinned.ts';
import { findCase } from '../case.queries.ts';
import { boundsOf } from './inbox-bounds.ts';
import { lockFollowup, updateFollowup, type FollowupRow } from './followup.queries.ts';

type Who = { actor: Actor; ip: string };

export function followupItem(f: FollowupRow, c: { caseNumber: string; itemName: string; applicantName: string }, b: WarningBoundaries): FollowupItemData {
  return {
    id: f.id,
    kind: f.kind,
    caseId: f.caseId,
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    applicantName: c.applicantName,
    assignee: f.assigneeId ? { id: f.assigneeId, name: f.assigneeName ?? '' } : null,
    dueOn: f.dueOn,
    warning: levelAgainst(f.dueOn, b),
    openedAt: f.openedAt,
  };
}

/** 认领 a follow-up: the row lock makes two claims at once end with one winner, as for steps. */
export async function claimFollowup(db: Db, who: Who, id: string, now = new Date()): Promise<FollowupItemData> {
  const claimed = await db.transaction(async (tx) => {
    const me = await findStaff(tx, who.actor.staffId);
    const f = await lockFollowup(tx, id);
    const visible = f && f.departmentId === (me?.departmentId ?? null) && f.centerPath.startsWith(who.actor.centerPath);
    if (!f || !visible) throw new DomainError('TASK_NOT_FOUND', { id });
    if (f.status !== 'open') throw new DomainError('TASK_CLOSED', { id, status: f.status });
    if (f.assigneeId && f.assigneeId !== who.actor.staffId) throw new DomainError('TASK_ALREADY_CLAIMED', { holder: { id: f.assigneeId, name: f.assigneeName }, claimedAt: f.claimedAt });
    const set = { assigneeId: who.actor.staffId, assigneeName: who.actor.name, claimedAt: f.claimedAt ?? now };
    if (!f.assigneeId) {
      await updateFollowup(tx, id, set);
      await auditCase(tx, who, { centerId: f.centerId, action: 'case.followup.claim', objectType: 'case_followup', objectId: id, summary: { caseId: f.caseId, kind: f.kind } });
    }
    return { ...f, ...set };
  });
  const row = await findCase(db, claimed.caseId);
  const { calendar } = await loadPlace(db, who.actor.centerId, null);
  const bounds = await boundsOf(db, who.actor.centerPath, chinaToday(now), calendar);
  return followupItem(claimed, { caseNumber: row?.number ?? '', itemName: row?.itemName ?? '', applicantName: row?.applicantName ?? '' }, bounds);
}
