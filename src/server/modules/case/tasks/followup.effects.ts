// 容缺补交 and 承诺核查 as department tasks, kept by the one write path (decision 0033): an
// action that sets the case's waiverPending or commitmentPending flag opens the follow-up of
// the case's department, due on the 容缺 deadline or the verification date; an action that
// clears the flag (waiver.supply, waiver.fallback, commitment.verify, commitment.revoke, an
// ending) closes it. A colleague's claim is re-checked at commit: the back office may not work
// a follow-up someone else holds (the window may still take in the waived material).
import type { CaseAction, CaseFlags } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import type { CaseBy } from '../case.actor.ts';
import type { CaseRow } from '../case.queries.ts';
import type { FollowupKind } from './followup.schema.ts';
import { insertFollowup, lockOpenFollowup, updateFollowup } from './followup.queries.ts';

export interface FollowupContext {
  row: CaseRow;
  by: CaseBy;
  now: Date;
  flagsAfter: CaseFlags;
  /** The case's 容缺 deadline and verification date after this action. */
  waiverDue: string | null;
  verifyDue: string | null;
}

const kinds: { kind: FollowupKind; flag: 'waiverPending' | 'commitmentPending'; due: (c: FollowupContext) => string | null; works: readonly CaseAction[] }[] = [
  { kind: 'waiver', flag: 'waiverPending', due: (c) => c.waiverDue, works: ['waiver.supply'] },
  { kind: 'verification', flag: 'commitmentPending', due: (c) => c.verifyDue, works: ['commitment.verify', 'commitment.revoke'] },
];

function requireHolder(f: { assigneeId: string | null; assigneeName: string | null; claimedAt: Date | null }, by: CaseBy): void {
  if ('system' in by || !f.assigneeId || f.assigneeId === by.actor.staffId) return;
  // The window takes in a waived material whoever holds the follow-up.
  if (by.actor.roles.includes('window_clerk')) return;
  throw new DomainError('TASK_ALREADY_CLAIMED', { holder: { id: f.assigneeId, name: f.assigneeName }, claimedAt: f.claimedAt });
}

export async function runFollowupEffect(tx: Db, action: CaseAction, c: FollowupContext): Promise<void> {
  for (const k of kinds) {
    const before = c.row[k.flag];
    const after = c.flagsAfter[k.flag];
    if (!before && after) {
      const dueOn = k.due(c);
      if (!dueOn) continue;
      await insertFollowup(tx, { id: newId(c.now.getTime()), caseId: c.row.id, kind: k.kind, centerId: c.row.centerId, centerPath: c.row.centerPath, departmentId: c.row.departmentId, dueOn, openedAt: c.now });
    } else if (before && !after) {
      const open = await lockOpenFollowup(tx, c.row.id, k.kind);
      if (!open) continue;
      if (k.works.includes(action)) requireHolder(open, c.by);
      await updateFollowup(tx, open.id, { status: 'done', closedAt: c.now, closedBy: 'system' in c.by ? c.by.system : c.by.actor.staffId });
    }
  }
}
