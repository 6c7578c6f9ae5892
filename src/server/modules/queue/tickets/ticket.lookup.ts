// Read-only lookups of tickets for other modules (the case core shows the ticket a case came
// from and links a return or pickup visit to the ticket being served): through queue's index,
// never by SQL on the ticket table from outside.
import { and, desc, inArray, or, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { tickets } from '../queue.schema.ts';

/** The display numbers (e.g. A012) of the given tickets; unknown ids are simply absent. */
export async function ticketNumbers(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: tickets.id, number: tickets.number }).from(tickets).where(inArray(tickets.id, unique));
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** The ticket a staff member has called or is serving now, if any (the most recently called). */
export async function ticketServedBy(db: Db, staffId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(sql`${tickets.state} IN ('called', 'serving')`, or(eq(tickets.servedBy, staffId), eq(tickets.calledBy, staffId))))
    .orderBy(desc(tickets.lastCalledAt))
    .limit(1);
  return row?.id;
}
