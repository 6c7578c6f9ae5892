// 承诺核查: the post-verification tasks of 告知承诺 — cases decided on the applicant's
// commitment whose verification is still open, in the reader's center scope, soonest due first
// (an overdue one is flagged, so nobody has to compare dates).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { chinaToday } from '../../calendar/index.ts';
import { listItem } from './list.read.ts';
import { caseRecords, inScope } from './read.queries.ts';

export async function listVerifications(db: Db, actor: Actor, q: { page: number; pageSize: number }, now = new Date()) {
  const where = and(inScope(actor.centerPath), eq(caseRecords.commitmentPending, true));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(caseRecords)
      .where(where)
      .orderBy(asc(caseRecords.verifyDue), asc(caseRecords.receivedAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(caseRecords).where(where),
  ]);
  const today = chinaToday(now);
  return {
    items: rows.map((r) => ({ ...listItem(r), verifyDue: r.verifyDue, overdue: r.verifyDue !== null && r.verifyDue < today })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
