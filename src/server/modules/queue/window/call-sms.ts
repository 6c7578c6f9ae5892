import { callSmsText } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { enqueueSms } from '../../notification/index.ts';
import { findPublicCenter } from '../../org/index.ts';
import type { TicketRow } from '../tickets/ticket.queries.ts';

/**
 * FACTS §H: a visitor who left a mobile number at the kiosk or took the ticket by phone hears
 * the call by SMS too, in the words the display speaks. Only the first call texts: recalls
 * would only repeat it. Sent through the outbox, so a gateway outage never blocks a call.
 */
export async function textTheCall(db: Db, ticket: TicketRow, spokenText: string, now: Date): Promise<void> {
  if (!ticket.phone || ticket.calledCount > 1) return;
  const center = await findPublicCenter(db, ticket.centerId);
  const text = callSmsText(center?.name ?? '', spokenText);
  await enqueueSms(db, { centerId: ticket.centerId, to: ticket.phone, text, ref: `ticket:${ticket.id}` }, now);
}
