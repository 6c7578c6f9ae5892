import { appointmentMessageVars } from '../../../domain/appointment/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { enqueueNotification } from '../notification/index.ts';
import type { AppointmentRow } from './appointment.queries.ts';
import { textFields } from './appointment.view.ts';

type AppointmentEvent = 'appointment.confirmed' | 'appointment.reminder' | 'appointment.cancelled' | 'appointment.no-show' | 'appointment.no-show-banned';

/** An appointment's message through the notification outbox, in the transaction of the change it reports. */
export async function notifyAppointment(
  tx: Db,
  event: AppointmentEvent,
  row: AppointmentRow,
  names: { centerName: string; categoryName: string },
  now: Date,
  extra: { bannedUntil?: string } = {},
): Promise<void> {
  const vars = { ...appointmentMessageVars(textFields(row, names)), ...extra };
  await enqueueNotification(tx, { centerId: row.centerId, event, vars: vars as never, to: { mobile: row.phone }, ref: `appointment:${row.id}` }, now);
}
