import type pg from 'pg';
import type { Run } from './prepared.ts';

// Group commit for the hall's hot path on a node-postgres pool (decisions 0012 and 0014).
// The presses that queue while the database works leave together as one message
// `<press 1>; <press 2>; …`, which PostgreSQL runs as one implicit transaction: one round
// trip and one commit (one WAL flush) for many presses. A press is still all or nothing,
// since its batch is. Nothing is held back on a timer: an idle hall's press leaves at the
// next turn of the event loop, alone; batches only grow when presses arrive faster than the
// database commits them.
//
// All batches go down one connection, and the next batch is handed to it while the one
// before is still running (a pipeline, two deep by default). The database then never waits
// for this process to read one batch's answers and gather the next, and two batches never
// run at once, so they never pass over each other's locked tickets. A window with a press in
// a batch in flight joins a later batch only after that batch's answer, so a window's
// presses always run in the order they were made, even when a batch fails.
//
// A batch that fails as a whole (a deadlock, a statement error) rolls back by itself and
// its presses are run again one by one, so one bad press never fails its neighbours. When
// the connection itself is gone, whether the batch committed is unknown: its presses fail.

/**
 * Presses of one kind that can go as one statement for many windows (window-step.batch.ts,
 * decision 0014). `runs` gets presses at distinct windows, in window order; the last of its
 * statements answers one row per press, with `ord` the press's index.
 */
export interface MergeKind {
  runs(presses: readonly object[]): Run[];
}

/** A press that may merge: its kind, and itself as the kind's statement reads it. */
export interface Merge {
  kind: MergeKind;
  press: object;
}

interface Pending {
  runs: readonly Run[];
  /** Its own message, built only when the press is not merged. */
  text: () => string;
  merge?: Merge;
  window: string;
  resolve(rows: Record<string, unknown>[]): void;
  reject(err: unknown): void;
}

export interface GroupCommitOptions {
  /** Batches handed to the connection at once: 1 waits for each answer before sending the next. */
  pipeline: number;
  /** Presses per batch at most, so one message stays short. */
  maxPresses: number;
}

/**
 * node-postgres's pipeline mode (a public option of its Client since 8.21): a query is
 * written to the socket at once, not after the answer of the one before, so the database
 * finds the next batch waiting when it finishes one. Each batch is one simple-protocol
 * message, which the server answers on its own even when the one before failed. Switched on
 * only while the lane holds the pooled connection, with nothing queued on it.
 */
function pipelined(client: pg.PoolClient, on: boolean): pg.PoolClient {
  (client as pg.PoolClient & { pipeline: boolean }).pipeline = on;
  return client;
}

/**
 * A lost connection also says so as an `error` event, which with no listener would end the
 * process; the failed queries and lost() deal with it.
 */
const ignoreLaneError = () => {};

interface Lane {
  client: Promise<pg.PoolClient>;
  released: boolean;
}

type OnClient = (client: pg.ClientBase, runs: readonly Run[], text: string) => Promise<{ rows: Record<string, unknown>[] }[]>;

export class GroupCommit {
  private readonly queue: Pending[] = [];
  /** Presses in flight per window. */
  private readonly busyWindows = new Map<string, number>();
  private inFlight = 0;
  /** The connection the batches go down, while any is in flight. */
  private lane: Lane | null = null;
  private pumpScheduled = false;

  constructor(
    private readonly pool: pg.Pool,
    /** Runs a text on a pooled client after preparing the statements of `runs` there. */
    private readonly onClient: OnClient,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(runs: readonly Run[], text: () => string, merge?: Merge): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ runs, text, merge, window: String(runs[0]?.values.window ?? ''), resolve, reject });
      this.schedulePump();
    });
  }

  /**
   * At the next turn of the event loop, so the presses answered by one batch, which press
   * again at once (finish, then call-next), leave together in the next batch.
   */
  private schedulePump() {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < this.options.pipeline) {
      const ready = this.queue.filter((p) => !this.busyWindows.has(p.window));
      if (ready.length === 0) return;
      // From a standstill, half now and half pipelined behind it: while the database runs
      // the second half, this process reads the first half's answers and gathers the next.
      const size = this.inFlight === 0 && this.options.pipeline > 1 ? Math.ceil(ready.length / 2) : ready.length;
      const batch = ready.slice(0, Math.min(size, this.options.maxPresses));
      const taken = new Set(batch);
      this.queue.splice(0, this.queue.length, ...this.queue.filter((p) => !taken.has(p)));
      for (const p of batch) this.busyWindows.set(p.window, (this.busyWindows.get(p.window) ?? 0) + 1);
      this.inFlight++;
      void this.send(batch).finally(() => {
        for (const p of batch) {
          const left = this.busyWindows.get(p.window)! - 1;
          if (left === 0) this.busyWindows.delete(p.window);
          else this.busyWindows.set(p.window, left);
        }
        if (--this.inFlight === 0) this.releaseLane();
        this.schedulePump();
      });
    }
  }

  private connection(): Lane {
    if (!this.lane) {
      const lane: Lane = { client: this.pool.connect().then((c) => pipelined(c.on('error', ignoreLaneError), true)), released: false };
      // A failed connect is answered to the batches waiting on it; the next batch tries afresh.
      lane.client.catch(() => this.lane === lane && (this.lane = null));
      this.lane = lane;
    }
    return this.lane;
  }

  private releaseLane() {
    const lane = this.lane;
    this.lane = null;
    if (!lane || lane.released) return;
    lane.released = true;
    lane.client.then(
      (client) => pipelined(client, false).off('error', ignoreLaneError).release(),
      () => {},
    );
  }

  private async send(batch: Pending[]) {
    const lane = this.connection();
    let client: pg.PoolClient;
    try {
      client = await lane.client;
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    if (batch.length === 1) return this.alone(lane, client, batch[0]!);
    // Presses in window order, so batches of two processes lock window sessions in the same order.
    const ordered = batch
      .map((p, i) => ({ p, i }))
      .sort((a, b) => compareWindow(a.p, b.p) || a.i - b.i)
      .map((x) => x.p);
    const parts = messageParts(ordered);
    let results: { rows: Record<string, unknown>[] }[];
    try {
      results = await this.onClient(
        client,
        parts.flatMap((part) => part.runs),
        parts.map((part) => part.text).join(';\n'),
      );
    } catch (err) {
      if (await this.lost(lane, client)) for (const p of ordered) p.reject(err);
      else for (const p of ordered) await this.alone(lane, client, p);
      return;
    }
    let at = 0;
    for (const part of parts) {
      at += part.runs.length;
      part.answer(results[at - 1]!.rows);
    }
  }

  /** After an error: is the connection gone (rather than the batch refused)? Then it is destroyed; later batches get a new one. */
  private async lost(lane: Lane, client: pg.PoolClient): Promise<boolean> {
    const alive = await client.query('SELECT 1').then(
      () => true,
      () => false,
    );
    if (alive) return false;
    if (this.lane === lane) this.lane = null;
    if (!lane.released) {
      lane.released = true;
      client.release(true);
    }
    return true;
  }

  private async alone(lane: Lane, client: pg.PoolClient, p: Pending) {
    if (lane.released) return p.reject(new Error('the hot-path connection was lost'));
    try {
      p.resolve((await this.onClient(client, p.runs, p.text())).at(-1)!.rows);
    } catch (err) {
      await this.lost(lane, client);
      p.reject(err);
    }
  }
}

/** The window a press is at: every hot-path statement names it as `window`. */
function compareWindow(a: Pending, b: Pending): number {
  return a.window < b.window ? -1 : a.window > b.window ? 1 : 0;
}

/** A piece of a batch's message: its statements, and who gets the rows of the last one. */
interface Part {
  runs: readonly Run[];
  text: string;
  answer(rows: Record<string, unknown>[]): void;
}

const alonePart = (p: Pending): Part => ({ runs: p.runs, text: p.text(), answer: (rows) => p.resolve(rows) });

/**
 * The batch's presses (in window order) as message parts. Where two or more windows each
 * pressed only presses of one merge kind, those go as merged statements: the first press of
 * each such window in one, their second presses in the next, and so on, so a window's
 * presses keep their order. Every other press goes alone, after them, in window order.
 */
function messageParts(ordered: readonly Pending[]): Part[] {
  const byWindow = new Map<string, Pending[]>();
  for (const p of ordered) {
    const list = byWindow.get(p.window);
    if (list) list.push(p);
    else byWindow.set(p.window, [p]);
  }
  const rounds = new Map<MergeKind, Pending[][]>();
  const alone: Pending[] = [];
  for (const presses of byWindow.values()) {
    const kind = presses[0]!.merge?.kind;
    if (!kind || presses.some((p) => p.merge?.kind !== kind)) {
      alone.push(...presses);
      continue;
    }
    let list = rounds.get(kind);
    if (!list) rounds.set(kind, (list = []));
    presses.forEach((p, i) => (list[i] ??= []).push(p));
  }
  const parts: Part[] = [];
  for (const [kind, list] of rounds)
    for (const round of list) parts.push(round.length === 1 ? alonePart(round[0]!) : mergedPart(kind, round));
  return [...parts, ...alone.map(alonePart)];
}

function mergedPart(kind: MergeKind, round: Pending[]): Part {
  const runs = kind.runs(round.map((p) => p.merge!.press));
  return {
    runs,
    text: runs.map((r) => r.statement.execute(r.values)).join(';\n'),
    answer(rows) {
      const answered = new Set<number>();
      for (const row of rows) {
        const ord = Number(row.ord);
        answered.add(ord);
        round[ord]?.resolve([row]);
      }
      round.forEach((p, ord) => answered.has(ord) || p.reject(new Error('the merged statement gave no row for a press')));
    },
  };
}
