// Public face of appointments (预约): routes for the app, and the use cases the tests, the
// seed and the jobs call with an explicit `now`.
export { hallAppointmentRoutes } from './hall-appointment.routes.ts';
export { appointmentConsoleRoutes } from './console-appointment.routes.ts';
export { bookAppointment } from './book.service.ts';
export { cancelAppointment, getAppointment, lookupAppointments } from './visit.service.ts';
export { checkIn } from './check-in.service.ts';
export { listSlots } from './slots.service.ts';
export { updateRules } from './rules.service.ts';
export { sweepNoShows } from './no-show.service.ts';
export { sendReminders } from './reminder.service.ts';
export {
  dispatchOutbox,
  MAX_ATTEMPTS,
  retryDelayMs,
  logSender,
  webhookSender,
  senderFromConfig,
  type NotificationSender,
} from '../notification/index.ts';
export { appointmentJobs } from './appointment.jobs.ts';
export type { Visitor as AppointmentVisitor } from './appointment.events.ts';
