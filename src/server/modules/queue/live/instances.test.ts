import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiClient,
  demoHall,
  percentile,
  startServerProcess,
  type ApiClient,
  type DemoHall,
  type ServerProcess,
} from '../../../../../test/fixtures/server-instances.ts';
import { issueTicket } from '../tickets/issue.service.ts';
import { scratchPostgres } from '../../../../../test/fixtures/load-hall.ts';

// Two real server processes on one PostgreSQL, both started at once with demo seeding: a
// window calls through process A, a display is connected to process B, and only PostgreSQL's
// NOTIFY links the two. Every call must reach the display, 99 % of them within 100 ms of the
// call's HTTP answer. Then B's LISTEN connection is killed: B reconnects, pushes a fresh
// board, and later calls still arrive.

const url = process.env.DATABASE_URL;
const WebSocketClient = createRequire(import.meta.url)('ws') as typeof WebSocket;
const CALLS = 100;
const PACE_MS = 30;
const kiosk = { ip: '127.0.0.1', channel: 'kiosk' } as const;

interface Message {
  type: string;
  calls?: { number: string }[];
  board?: { current: { number: string }[] };
}

/** A display socket that notes when each called number first arrived. */
async function display(wsUrl: string) {
  const socket = new WebSocketClient(wsUrl);
  const arrived = new Map<string, number>();
  const messages: Message[] = [];
  socket.addEventListener('message', (e) => {
    const at = performance.now();
    const m = JSON.parse(String(e.data)) as Message;
    messages.push(m);
    for (const c of m.calls ?? []) if (!arrived.has(c.number)) arrived.set(c.number, at);
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('websocket error')));
  });
  const waitFor = async (pred: () => boolean, timeout = 10_000) => {
    for (const start = Date.now(); !pred(); await new Promise((r) => setTimeout(r, 5))) {
      if (Date.now() - start > timeout) return false;
    }
    return true;
  };
  return { socket, arrived, messages, waitFor };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!url)('two server instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let clerk: ApiClient;
  let hall: DemoHall;
  let d: Awaited<ReturnType<typeof display>>;

  beforeAll(async () => {
    scratch = await scratchPostgres(url!, 2);
    // Both at once on an empty database: migrations and demo seeding must each run once.
    const started = await Promise.allSettled([startServerProcess(scratch.url), startServerProcess(scratch.url)]);
    [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    clerk = apiClient(a!.url);
    await clerk.signIn('clerk');
    hall = await demoHall(clerk);
    d = await display(`${b!.url.replace('http', 'ws')}/api/v1/hall/${hall.centerId}/live`);
    expect(await d.waitFor(() => d.messages.some((m) => m.type === 'board'))).toBe(true);
  }, 240_000);

  afterAll(async () => {
    d?.socket.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await scratch?.drop();
  }, 60_000);

  it('seeded the demo organisation once although both processes started together', async () => {
    const res = (await scratch.database.db.execute(
      sql`SELECT (SELECT count(*)::int FROM center) AS centers, (SELECT count(*)::int FROM audit_log WHERE action = 'seed.demo') AS seeds`,
    )) as unknown as { rows: { centers: number; seeds: number }[] };
    expect(res.rows[0]!.seeds).toBe(1);
    expect(res.rows[0]!.centers).toBe(6);
  });

  async function callCycles(count: number) {
    const categoryId = hall.categories.get('A')!;
    const windowId = hall.windows.get('1')!;
    // Straight through the service: the kiosk route limits the tickets one address may take.
    for (let i = 0; i < count; i++)
      await issueTicket(scratch.database.db, hall.centerId, { categoryId, priority: 'normal', source: 'kiosk' }, kiosk);
    const answered = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      const r = await clerk.post<{ ticket: { number: string } | null }>(`/queue/windows/${windowId}/call-next`);
      answered.set(r.ticket!.number, performance.now());
      await clerk.post(`/queue/windows/${windowId}/finish`, {});
      await sleep(Math.max(0, PACE_MS - (performance.now() - started)));
    }
    await d.waitFor(() => [...answered.keys()].every((n) => d.arrived.has(n)), 10_000);
    return answered;
  }

  it(`delivers each of ${CALLS} calls made on A to a display on B, p99 ≤ 100 ms`, async () => {
    const answered = await callCycles(CALLS);
    const missing = [...answered.keys()].filter((n) => !d.arrived.has(n));
    expect(missing).toEqual([]);
    // A notification may beat the HTTP answer to the client: that counts as 0 ms.
    const latencies = [...answered].map(([n, at]) => Math.max(0, d.arrived.get(n)! - at)).sort((x, y) => x - y);
    const [p50, p95, p99, max] = [50, 95, 99, 100].map((p) => percentile(latencies, p));
    console.log(
      `call on A → display on B over NOTIFY, ${CALLS} calls every ${PACE_MS} ms: p50 ${p50!.toFixed(1)} ms, p95 ${p95!.toFixed(1)} ms, p99 ${p99!.toFixed(1)} ms, max ${max!.toFixed(1)} ms`,
    );
    expect(p99).toBeLessThanOrEqual(100);
  }, 120_000);

  it("re-listens when B's LISTEN connection is killed, pushes a fresh board, and later calls still arrive", async () => {
    const before = d.messages.length;
    const killed = (await scratch.database.db.execute(
      sql`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
    )) as unknown as { rows: { ok: boolean }[] };
    // A and B each hold one listening connection.
    expect(killed.rows.filter((r) => r.ok)).toHaveLength(2);
    // B noticed, listened again and sent its displays the board, since events may have been missed meanwhile.
    expect(await d.waitFor(() => d.messages.slice(before).some((m) => m.type === 'board'), 15_000)).toBe(true);
    const answered = await callCycles(3);
    expect([...answered.keys()].filter((n) => !d.arrived.has(n))).toEqual([]);
  }, 60_000);
});
