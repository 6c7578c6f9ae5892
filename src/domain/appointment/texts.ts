// The values an appointment's messages (短信, e-mail, 站内信) are written with. The wording
// itself is the notification events' (appointment.* in src/domain/notification), which a
// center may edit; it names the code the visitor needs at the kiosk and masks the name.
import { maskName } from '../identifiers/index.ts';

export interface AppointmentText {
  centerName: string;
  categoryName: string;
  date: string;
  start: string;
  end: string;
  code: string;
  name: string;
}

/** The variables of the appointment.* events: the person's name masked (张*三). */
export function appointmentMessageVars(t: AppointmentText) {
  return { centerName: t.centerName, categoryName: t.categoryName, date: t.date, start: t.start, end: t.end, code: t.code, name: maskName(t.name) };
}
