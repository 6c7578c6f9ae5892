import { periodSeconds, type ModuleJobs } from '../../platform/jobs/index.ts';
import { sweepNoShows } from './no-show.service.ts';
import { sendReminders } from './reminder.service.ts';

/**
 * The background work of appointments, each once per period across instances (the one job
 * runner, decision 0021): the no-show sweep and the day-before reminders. Their texts go out
 * with the notification module's SMS dispatcher. APPOINTMENT_JOBS_INTERVAL_MS = 0 turns both
 * off (tests run them by hand with an explicit `now`).
 */
export const appointmentJobs: ModuleJobs = (jobs, ctx) => {
  const ms = ctx.config.APPOINTMENT_JOBS_INTERVAL_MS;
  if (!ms) return;
  jobs.register({
    name: 'appointment-no-show-sweep',
    everySeconds: periodSeconds(ms),
    handler: async () => ({ marked: await sweepNoShows(ctx.db) }),
  });
  jobs.register({
    name: 'appointment-reminders',
    everySeconds: periodSeconds(ms),
    handler: async () => ({ reminded: await sendReminders(ctx.db) }),
  });
};
