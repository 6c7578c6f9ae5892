import type { Logger } from 'pino';
import type { Db } from '../../platform/db/types.ts';
import { claimDue, markFailedAttempt, markSent } from './outbox.queries.ts';
import type { NotificationSender } from './outbox.sender.ts';

export const MAX_ATTEMPTS = 5;
const LEASE_MS = 60_000;

/** Wait before attempt n+1 after n failures: 1, 2, 4, 8 minutes. */
export function retryDelayMs(failures: number): number {
  return 60_000 * 2 ** Math.max(0, failures - 1);
}

/** One sender per channel (issue #19); a bare sender is the SMS sender, as before. The inbox needs none: it is delivered on write. */
export interface ChannelSenders {
  sms: NotificationSender;
  email?: NotificationSender;
}

function senderFor(senders: NotificationSender | ChannelSenders, channel: string): NotificationSender | undefined {
  if ('send' in senders) return channel === 'sms' ? senders : undefined;
  return channel === 'sms' ? senders.sms : channel === 'email' ? senders.email : undefined;
}

export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
}

/** Sends every due message (SMS and e-mail) once; a failure is retried with backoff, and given up after MAX_ATTEMPTS. */
export async function dispatchOutbox(
  db: Db,
  senders: NotificationSender | ChannelSenders,
  log: Logger,
  now = new Date(),
  limit = 50,
): Promise<DispatchResult> {
  const out: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  for (const m of await claimDue(db, now, limit, LEASE_MS)) {
    const sender = senderFor(senders, m.channel);
    try {
      if (!sender) throw new Error(`no sender for channel ${m.channel}`);
      await sender.send({ to: m.to, text: m.text, ref: m.ref, subject: m.subject });
      await markSent(db, m.id, now);
      out.sent++;
    } catch (e) {
      const attempts = m.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await markFailedAttempt(
        db,
        m.id,
        attempts,
        String((e as Error)?.message ?? e),
        giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts)),
      );
      if (giveUp) out.failed++;
      else out.retried++;
      log.warn({ outboxId: m.id, attempts, channel: m.channel, sender: sender?.name, err: (e as Error)?.message }, 'notification send failed');
    }
  }
  return out;
}
