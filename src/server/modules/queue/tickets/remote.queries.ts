import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';
import { tickets } from '../queue.schema.ts';

/**
 * Serialises remote tickets of one phone number in one hall (a transaction lock, released at
 * commit): two taps on a slow phone must not both pass the one-waiting-ticket check.
 */
export async function lockRemotePhone(tx: Db, centerId: string, phone: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`remote:${centerId}:${phone}`}))`);
}

/** Whether the phone already holds a remote ticket that is still in the queue today. */
export async function hasOpenRemoteTicket(tx: Db, centerId: string, serviceDate: string, phone: string): Promise<boolean> {
  const rows = await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        eq(tickets.centerId, centerId),
        eq(tickets.serviceDate, serviceDate),
        eq(tickets.phone, phone),
        eq(tickets.source, 'remote'),
        inArray(tickets.state, ['waiting', 'transferred', 'called', 'parked']),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
