import type { Db } from '../db/types.ts';

/** The time zone of cron schedules: the halls' own clock (China has one). */
export const JOBS_TIME_ZONE = 'Asia/Shanghai';

/** One job of a module. A job with `cron` or `everySeconds` is periodic; without, it runs when sent. */
export interface JobDefinition<T = unknown> {
  /** Letters, digits and hyphens, prefixed with the module: 'queue-day-sweep'. */
  name: string;
  /** Per minute or slower, in hall time (JOBS_TIME_ZONE): '*\/10 * * * *'. One run per minute across instances. */
  cron?: string;
  /** Any period, sub-minute included: one run per period across instances (decision 0021). */
  everySeconds?: number;
  /** Failed runs retried this often (default: periodic jobs never, since the next period comes anyway). */
  retry?: { limit: number; delaySeconds?: number; backoff?: boolean };
  /** The work. What it returns is kept as the run's output; what it throws, as the failure. */
  handler(data: T): Promise<unknown>;
}

export interface SendOptions {
  /** Not before this moment (a Date) or this many seconds from now. */
  startAfter?: Date | number;
  /** At most one waiting job with this key per job name (pg-boss singleton). */
  singletonKey?: string;
  /** Send in this transaction: the job exists only if it commits. */
  tx?: Db;
}

/** The modules' side of the one job runner. */
export interface Jobs {
  /** Before start: declare a job (its worker, schedule and retry). */
  register<T>(def: JobDefinition<T>): void;
  /** Queue one run of a registered job; null when a singleton already waits. */
  send(name: string, data?: object | null, options?: SendOptions): Promise<string | null>;
}

/** A period setting in milliseconds (0 = off) as the whole seconds of `everySeconds`. */
export const periodSeconds = (ms: number): number => Math.max(1, Math.round(ms / 1000));
