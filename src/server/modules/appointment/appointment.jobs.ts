import type { Logger } from 'pino';
import type { Db } from '../../platform/db/types.ts';
import { sweepNoShows } from './no-show.service.ts';
import { sendReminders } from './reminder.service.ts';
import { dispatchOutbox, type NotificationSender } from '../notification/index.ts';

export const DEFAULT_JOBS_INTERVAL_MS = 15_000;

/**
 * The background work of appointments on one timer: the no-show sweep, the day-before
 * reminders, then the SMS dispatcher (so their texts go out in the same round). A round never overlaps the
 * previous one; the timer is unref'd so it never keeps the process alive. Several instances
 * may run it: the sweep and the reminders re-read each row under its lock and the dispatcher claims with SKIP LOCKED.
 */
export function startAppointmentJobs(db: Db, sender: NotificationSender, log: Logger, intervalMs: number): () => Promise<void> {
  if (intervalMs <= 0) return async () => {};
  let running: Promise<void> | undefined;
  let stopped = false;
  const round = async () => {
    try {
      const marked = await sweepNoShows(db);
      if (marked) log.info({ marked }, 'appointments marked as no-show');
      const reminded = await sendReminders(db);
      if (reminded) log.info({ reminded }, 'appointment reminders queued');
      await dispatchOutbox(db, sender, log);
    } catch (e) {
      log.error({ err: e }, 'appointment jobs round failed');
    }
  };
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = round().finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** APPOINTMENT_JOBS_INTERVAL_MS: how often the sweep and the dispatcher run; 0 turns them off (tests drive them by hand). */
export function jobsIntervalFrom(env: NodeJS.ProcessEnv): number {
  const v = Number(env.APPOINTMENT_JOBS_INTERVAL_MS);
  return env.APPOINTMENT_JOBS_INTERVAL_MS !== undefined && Number.isInteger(v) && v >= 0 ? v : DEFAULT_JOBS_INTERVAL_MS;
}
