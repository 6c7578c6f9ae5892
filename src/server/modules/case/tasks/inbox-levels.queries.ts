// The inbox's warning levels in SQL (decision 0033): the same rule as stepLevel (step-clocks.ts)
// over the center's two boundary dates (warnings.ts), so a filter by level and the counts per
// level are one scan of the department's open tasks, computed on read and never stale.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { WarningBoundaries } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { caseRecords } from '../case.schema.ts';
import { caseTasks } from './task.schema.ts';
import { scopeOf, type InboxScope } from './task.queries.ts';

/** The level of an open task (its case joined as case_record). */
export function levelSql(b: WarningBoundaries): SQL<string> {
  const due = caseTasks.dueOn;
  return sql<string>`(CASE
    WHEN ${caseRecords.paused} AND ${due} >= ${b.today}::date THEN 'paused'
    WHEN ${due} < ${b.today}::date THEN 'overdue'
    WHEN ${due} = ${b.today}::date THEN 'red'
    WHEN ${due} < ${b.yellowBefore}::date THEN 'yellow'
    ELSE 'normal' END)`;
}

/** The condition "the open task is at this level". */
export function levelIs(b: WarningBoundaries, level: string): SQL {
  return sql`${levelSql(b)} = ${level}`;
}

export async function inboxLevelCounts(db: Db, s: InboxScope, b: WarningBoundaries) {
  const lvl = levelSql(b);
  const [row] = await db
    .select({
      normal: sql<number>`count(*) FILTER (WHERE ${lvl} = 'normal')::int`,
      yellow: sql<number>`count(*) FILTER (WHERE ${lvl} = 'yellow')::int`,
      red: sql<number>`count(*) FILTER (WHERE ${lvl} = 'red')::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${lvl} = 'overdue')::int`,
      paused: sql<number>`count(*) FILTER (WHERE ${lvl} = 'paused')::int`,
    })
    .from(caseTasks)
    .innerJoin(caseRecords, eq(caseRecords.id, caseTasks.caseId))
    .where(and(scopeOf(s), eq(caseTasks.status, 'open')));
  return { normal: row?.normal ?? 0, yellow: row?.yellow ?? 0, red: row?.red ?? 0, overdue: row?.overdue ?? 0, paused: row?.paused ?? 0 };
}
