import type { Db } from '../../../platform/db/types.ts';
import { enqueueNotification } from '../../notification/index.ts';
import { findPublicCenter } from '../../org/index.ts';
import type { TicketRow } from '../tickets/ticket.queries.ts';

/**
 * FACTS §H: a visitor who left a mobile number at the kiosk or took the ticket by phone hears
 * the call by SMS too, in the words the display speaks. Only the first call texts: recalls
 * would only repeat it. Sent through the outbox, so a gateway outage never blocks a call.
 */
export async function textTheCall(db: Db, ticket: TicketRow, call: { voiceText: string; windowNumber: string }, now: Date): Promise<void> {
  if (!ticket.phone || ticket.calledCount > 1) return;
  const center = await findPublicCenter(db, ticket.centerId);
  // The event ticket.called (its default wording: the center's signature, then the spoken words).
  const vars = { centerName: center?.name ?? '', ticketNo: ticket.number, windowName: `${call.windowNumber}号窗口`, callText: call.voiceText };
  await enqueueNotification(db, { centerId: ticket.centerId, event: 'ticket.called', vars, to: { mobile: ticket.phone }, ref: `ticket:${ticket.id}` }, now);
}
