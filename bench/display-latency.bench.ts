// Call-to-display latency with 1,000 hall displays connected (issue 4): a real server process
// (`serve`, PostgreSQL, demo data), 1,000 WebSocket displays spread over client processes of
// their own (2 by default), and the duty head pressing 办结并叫号 (finish-and-call-next, the
// workbench's one press per visitor) at windows 1–3 in turn through the HTTP API. Latency =
// the display's receipt (parsed) of the first message naming the ticket − the moment the
// press left the bench (so it holds the HTTP request, the transaction, the commit and the
// fan-out), over every display and call. Baseline in the same run: a bare `ws` server that
// answers a POST and then sends a same-size message to the same clients, timed the same way
// (the floor of HTTP plus fan-out on this machine). Until 2026-11-29 the bench sent call-next
// and then a separate finish at once, so its own second request ran inside the fan-out it
// was timing; one press per call is both what a clerk does and what the baseline does.
//
// With halls > 1 the displays are spread over that many halls (the demo county center and
// halls made for the run), as on a server that holds every hall of a county: the calls are
// still made at the county center, and only its displays (displays / halls) are timed. The
// baseline's sockets are grouped the same way and it sends only to the first group.
//
// Run: [BENCH_PER_CALL=1] node --import tsx bench/display-latency.bench.ts [displays=1000] [calls=150] [paceMs=200] [parse=calls|all] [clientProcesses=2] [halls=1]
// (parse: see display-latency.clients.ts; both runs parse the same way)
// DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/test; the bench creates and drops
// its own database. The last line is JSON.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { issueTicket } from '../src/server/modules/queue/tickets/issue.service.ts';
import { scratchPostgres } from '../test/fixtures/load-hall.ts';
import {
  apiClient,
  demoHall,
  freePort,
  percentile,
  startServerProcess,
  stopProcess,
} from '../test/fixtures/server-instances.ts';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DISPLAYS = Number(process.argv[2] ?? 1000);
const CALLS = Number(process.argv[3] ?? 150);
// One call every 200 ms is 300 a minute, far above a real hall: enough to measure latency, not queueing.
const PACE_MS = Number(process.argv[4] ?? 200);
const PARSE = process.argv[5] === 'all' ? 'all' : 'calls';
const CLIENT_PROCESSES = Number(process.argv[6] ?? 2);
const HALLS = Number(process.argv[7] ?? 1);
const WARMUP = 10;
const here = import.meta.dirname;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];

interface Report {
  arrivals: Record<string, number[]>;
  bytes: Record<string, number>;
  closed: number;
  /** Displays of the hall that calls. */
  watching: number;
}

/**
 * The displays, spread over CLIENT_PROCESSES processes of their own (real displays are
 * separate machines: one process parsing a thousand sockets one after another would measure
 * its own queue, not the server); resolves once each display has its first message.
 */
async function displays(wsUrls: string[]) {
  const per = Math.ceil(DISPLAYS / CLIENT_PROCESSES);
  const started = Array.from({ length: CLIENT_PROCESSES }, async (_, k) => {
    const count = Math.min(per, DISPLAYS - k * per);
    const child = fork(path.join(here, 'display-latency.clients.ts'), [wsUrls.join(','), String(count), PARSE], {
      execArgv: ['--import', 'tsx'],
    });
    children.push(child);
    const [first] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [{ exited: true }])])) as [
      { ready?: boolean },
    ];
    if (!first.ready) throw new Error('display clients exited before connecting');
    return child;
  });
  const clients = await Promise.all(started);
  return {
    report: async (): Promise<Report> => {
      const reports = await Promise.all(
        clients.map(async (child) => {
          child.send({ report: true });
          const [r] = (await once(child, 'message')) as [Report];
          return r;
        }),
      );
      const arrivals: Record<string, number[]> = {};
      for (const r of reports) for (const [n, list] of Object.entries(r.arrivals)) (arrivals[n] ??= []).push(...list);
      const sum = (f: (r: Report) => number) => reports.reduce((s, r) => s + f(r), 0);
      return { arrivals, bytes: reports[0]!.bytes, closed: sum((r) => r.closed), watching: sum((r) => r.watching) };
    },
  };
}

/** Calls at the pace given; `call(i)` returns the number called; the time is taken when the call's request leaves. */
async function paced(count: number, call: (i: number) => Promise<string>, after?: (i: number) => Promise<void>) {
  const answered = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const started = now();
    const number = await call(i);
    if (i >= WARMUP) answered.set(number, started);
    await after?.(i);
    await sleep(Math.max(0, PACE_MS - (now() - started)));
  }
  await sleep(1500); // the last updates
  return answered;
}

function figures(answered: Map<string, number>, report: Report) {
  const latencies: number[] = [];
  let missing = 0;
  for (const [number, at] of answered) {
    const got = report.arrivals[number] ?? [];
    missing += report.watching - got.length;
    for (const t of got) latencies.push(Math.max(0, t - at));
  }
  // BENCH_PER_CALL=1: each call's first, median, 90th and last display, to tell a slow
  // request (a late first display) from a slow fan-out (a wide spread).
  if (process.env.BENCH_PER_CALL) {
    const rows = [...answered].map(([number, at]) => {
      const l = (report.arrivals[number] ?? []).map((t) => t - at).sort((a, b) => a - b);
      const at_ = (q: number) => l[Math.floor(q * l.length)]?.toFixed(1);
      return `${number} min ${l[0]?.toFixed(1)} p50 ${at_(0.5)} p90 ${at_(0.9)} max ${l.at(-1)?.toFixed(1)}`;
    });
    console.error(rows.join('\n'));
  }
  latencies.sort((a, b) => a - b);
  const p = (q: number) => Number(percentile(latencies, q).toFixed(2));
  return { p50: p(50), p95: p(95), p99: p(99), max: p(100), deliveries: latencies.length, missing };
}

async function measureHall() {
  const scratch = await scratchPostgres(URL_, 4);
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  try {
    server = await startServerProcess(scratch.url, { DB_POOL_SIZE: '10' });
    const duty = apiClient(server.url);
    await duty.signIn('duty');
    const hall = await demoHall(duty);
    const categoryId = hall.categories.get('A')!;
    const visitor = { ip: '127.0.0.1', channel: 'kiosk' } as const;
    for (let i = 0; i < CALLS; i++)
      await issueTicket(scratch.database.db, hall.centerId, { categoryId, priority: 'normal', source: 'kiosk' }, visitor);
    const base = server.url;
    const others = HALLS > 1 ? await otherHalls(base, HALLS - 1) : [];
    const live = (centerId: string) => `${base.replace('http', 'ws')}/api/v1/hall/${centerId}/live`;
    const clients = await displays([hall.centerId, ...others].map(live));
    const windows = ['1', '2', '3'].map((n) => hall.windows.get(n)!);
    const windowOf = (i: number) => windows[i % windows.length]!;
    // 办结并叫号, the workbench's one press per visitor: one request per call, as in the baseline.
    const press = async (i: number) =>
      (await duty.post<{ ticket: { number: string } }>(`/queue/windows/${windowOf(i)}/finish-and-call-next`, {})).ticket.number;
    const answered = await paced(CALLS, press);
    const report = await clients.report();
    return { ...figures(answered, report), bytes: report.bytes, watching: report.watching };
  } finally {
    if (server) await server.stop();
    await scratch.drop();
  }
}

/** Halls made for the run beside the demo county center (centers with no windows: their displays only listen). */
async function otherHalls(serverUrl: string, count: number): Promise<string[]> {
  const admin = apiClient(serverUrl);
  await admin.signIn('manager');
  const { items } = await admin.get<{ items: { id: string; name: string; regionCode: string }[] }>('/centers?pageSize=200');
  const county = items.find((c) => c.name === '旬邑县政务服务中心')!;
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const body = { code: `BENCH-H${i}`, name: `测试大厅${i}`, level: 'branch', regionCode: county.regionCode, parentId: county.id };
    ids.push((await admin.post<{ id: string }>('/centers', body)).id);
  }
  return ids;
}

async function measureBaseline(size: number) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'display-latency.baseline.ts'), String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await once(child.stdout!, 'data');
  try {
    const groups = HALLS > 1 ? Array.from({ length: HALLS }, (_, k) => `/h${k}`) : ['/'];
    const clients = await displays(groups.map((g) => `ws://127.0.0.1:${port}${g}`));
    const answered = await paced(CALLS, async (i) => {
      const number = `B${String(i).padStart(4, '0')}`;
      const res = await fetch(`http://127.0.0.1:${port}/call?number=${number}&size=${size}&hall=${groups[0]}`, { method: 'POST' });
      await res.text();
      return number;
    });
    return figures(answered, await clients.report());
  } finally {
    await stopProcess(child);
  }
}

try {
  const hall = await measureHall();
  const size = hall.bytes.call ?? hall.bytes.update ?? 300;
  const base = await measureBaseline(size);
  console.log(
    `${DISPLAYS} displays${HALLS > 1 ? ` over ${HALLS} halls (${hall.watching} at the calling hall)` : ''}, ${CALLS - WARMUP} calls every ${PACE_MS} ms: hall p50 ${hall.p50} ms, p95 ${hall.p95} ms, p99 ${hall.p99} ms, max ${hall.max} ms ` +
      `(${hall.deliveries} deliveries, ${hall.missing} missing; message bytes ${JSON.stringify(hall.bytes)}); ` +
      `bare ws broadcast of ${size} B: p50 ${base.p50} ms, p95 ${base.p95} ms, p99 ${base.p99} ms (${base.missing} missing)`,
  );
  console.log(
    JSON.stringify({
      bench: 'display-latency',
      displays: DISPLAYS,
      halls: HALLS,
      watching: hall.watching,
      parse: PARSE,
      calls: CALLS - WARMUP,
      p50_ms: hall.p50,
      p95_ms: hall.p95,
      p99_ms: hall.p99,
      missing: hall.missing,
      baseline: `bare ws broadcast, ${size} B`,
      baseline_p50_ms: base.p50,
      baseline_p95_ms: base.p95,
      baseline_p99_ms: base.p99,
      ratio: Number((hall.p99 / base.p99).toFixed(2)),
    }),
  );
} finally {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
