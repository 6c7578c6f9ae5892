import type { Logger } from 'pino';

export interface LocalLoopStatus {
  name: string;
  everyMs: number;
  runs: number;
  lastRunAt: Date | null;
  lastError: { at: Date; message: string } | null;
}

/**
 * Work that each instance does for itself on a short period, where a database job would cost
 * more than the work (decision 0021): a round never overlaps the previous one, failures are
 * logged and remembered, and stop waits for the round in flight.
 */
export class LocalLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  readonly status: LocalLoopStatus;

  constructor(
    name: string,
    everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly log: Logger,
  ) {
    this.status = { name, everyMs, runs: 0, lastRunAt: null, lastError: null };
  }

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.round().finally(() => (this.running = undefined));
    }, this.status.everyMs);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    try {
      await this.work();
    } catch (e) {
      this.status.lastError = { at: new Date(), message: String((e as Error)?.message ?? e) };
      this.log.error({ err: e, loop: this.status.name }, 'instance loop failed');
    } finally {
      this.status.runs++;
      this.status.lastRunAt = new Date();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
