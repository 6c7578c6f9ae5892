import type { Db } from '../../platform/db/types.ts';
import { enqueueNotification } from '../notification/index.ts';
import type { ApplicantNotice } from './case.effect-kit.ts';

/**
 * The applicant's message about a step of their case, through the notification outbox in the
 * step's transaction: the event's wording (the center's, else the default) with the center,
 * the item and the case number added to the step's own variables.
 */
export async function notifyApplicant(
  tx: Db,
  c: { centerId: string; applicantPhone: string; itemName: string; number: string },
  centerName: string,
  n: ApplicantNotice,
  ref: string,
  now: Date,
): Promise<void> {
  const vars = { centerName, itemName: c.itemName, caseNo: c.number, ...n.vars };
  await enqueueNotification(tx, { centerId: c.centerId, event: n.event, vars: vars as never, to: { mobile: c.applicantPhone }, ref }, now);
}
