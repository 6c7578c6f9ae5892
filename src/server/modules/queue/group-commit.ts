import type pg from 'pg';
import type { Run } from './sql-script.ts';

// Group commit for the hall's hot path on a node-postgres pool (decision 0012). A window's
// press waits for a free batch slot; everything that queued meanwhile leaves together as one
// message `BEGIN; <press 1>; <press 2>; …; COMMIT`: one round trip, one commit (one WAL
// flush) for many presses. A press is still all or nothing, since its batch is. Nothing is
// held back on purpose: an idle hall sends each press at once, alone; batches only grow
// when presses arrive faster than the database commits them.
//
// A batch that fails as a whole (a deadlock, a statement error) is rolled back and its
// presses are run again one by one, so one bad press never fails its neighbours.

interface Pending {
  runs: readonly Run[];
  text: string;
  resolve(rows: Record<string, unknown>[]): void;
  reject(err: unknown): void;
}

export interface GroupCommitOptions {
  /** Batches in flight at once: each holds one pooled connection. */
  slots: number;
  /** Presses per batch at most, so one message stays short. */
  maxPresses: number;
}

export class GroupCommit {
  private readonly queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly pool: pg.Pool,
    /** Runs a text on a pooled client after preparing the statements of `runs` there. */
    private readonly onClient: (
      client: pg.ClientBase,
      runs: readonly Run[],
      text: string,
    ) => Promise<{ rows: Record<string, unknown>[] }[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(runs: readonly Run[], text: string): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ runs, text, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < this.options.slots && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxPresses);
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        // After the presses just answered have had their turn: a window that presses again
        // at once (finish, then call-next) joins the next batch instead of the one after.
        setImmediate(() => this.pump());
      });
    }
  }

  private async send(batch: Pending[]) {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    let broken = false;
    try {
      if (batch.length === 1) {
        const [p] = batch;
        await this.alone(client, p!);
        return;
      }
      // Presses in window order, so two batches lock window sessions in the same order.
      const ordered = batch
        .map((p, i) => ({ p, i }))
        .sort((a, b) => compareWindow(a.p, b.p) || a.i - b.i)
        .map((x) => x.p);
      const runs = ordered.flatMap((p) => p.runs);
      const text = ['BEGIN', ...ordered.map((p) => p.text), 'COMMIT'].join(';\n');
      let results: { rows: Record<string, unknown>[] }[];
      try {
        results = await this.onClient(client, runs, text);
      } catch (err) {
        // A connection that cannot even roll back is gone: whether the batch committed is
        // unknown, so its presses fail rather than run twice.
        broken = !(await client.query('ROLLBACK').then(
          () => true,
          () => false,
        ));
        if (broken) for (const p of ordered) p.reject(err);
        else for (const p of ordered) await this.alone(client, p);
        return;
      }
      let at = 1; // results[0] is BEGIN's
      for (const p of ordered) {
        at += p.runs.length;
        p.resolve(results[at - 1]!.rows);
      }
    } finally {
      client.release(broken);
    }
  }

  private async alone(client: pg.PoolClient, p: Pending) {
    try {
      p.resolve((await this.onClient(client, p.runs, p.text)).at(-1)!.rows);
    } catch (err) {
      p.reject(err);
    }
  }
}

/** The window a press is at: every hot-path statement names it as `window`. */
function compareWindow(a: Pending, b: Pending): number {
  const wa = String(a.runs[0]?.values.window ?? '');
  const wb = String(b.runs[0]?.values.window ?? '');
  return wa < wb ? -1 : wa > wb ? 1 : 0;
}
