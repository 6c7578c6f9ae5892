// Child process of display-latency.bench.ts: N display sockets, in their own process so the
// server under test never parses their messages. Each socket parses every message like the
// display page does and notes, per called number, when it first saw it. Times are
// process.hrtime (CLOCK_MONOTONIC, shared by every process of the machine), in ms.
//
// One process stands in for a thousand devices that would each parse only their own
// messages, in parallel. Parsing all thousand boards here, one after another, would make a
// call wait behind other screens' boards: a cost of the simulation, not of the hall. So with
// parse=calls (the default) 'call' messages and any message naming a call are parsed in full,
// and a board-only message is just typed; parse=all parses everything.
//
// argv: <ws urls> <count> [parse=calls|all]. <ws urls> is one address or several joined by
// commas (displays of several halls): socket i connects to the (i mod n)-th. IPC: sends {ready}
// once every socket has its first message; on {report} sends {arrivals: {number: ms[]},
// bytes: {type: avg size}, closed, watching (sockets on the first address)} and exits.
import { createRequire } from 'node:module';

const WebSocket = createRequire(import.meta.url)('ws') as typeof import('ws').WebSocket;
const [urlList, countArg, parseMode = 'calls'] = process.argv.slice(2);
const URLS = urlList!.split(',');
const COUNT = Number(countArg);
const now = () => Number(process.hrtime.bigint()) / 1e6;

const arrivals = new Map<string, number[]>();
const sizes = new Map<string, { n: number; bytes: number }>();
const sockets: InstanceType<typeof WebSocket>[] = [];
let greeted = 0;
let closed = 0;

function open(i: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(URLS[i % URLS.length]!, { perMessageDeflate: false });
    const seen = new Set<string>();
    let first = true;
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      const full = parseMode === 'all' || first || !text.startsWith('{"type":"update"') || !text.includes('"calls":[]');
      const m = (full ? JSON.parse(text) : { type: 'update' }) as { type: string; calls?: { number: string }[] };
      const at = now();
      const size = sizes.get(m.type) ?? { n: 0, bytes: 0 };
      size.n++;
      size.bytes += data.length;
      sizes.set(m.type, size);
      for (const c of m.calls ?? []) {
        if (seen.has(c.number)) continue;
        seen.add(c.number);
        let list = arrivals.get(c.number);
        if (!list) arrivals.set(c.number, (list = []));
        list.push(at);
      }
      if (first) {
        first = false;
        if (++greeted === COUNT) process.send!({ ready: true });
      }
    });
    ws.on('open', () => resolve());
    ws.on('error', reject);
    ws.on('close', () => closed++);
    sockets.push(ws);
  });
}

// Connect in waves: a thousand handshakes at once would time out on a 2-core machine.
for (let i = 0; i < COUNT; i += 50) await Promise.all(Array.from({ length: Math.min(50, COUNT - i) }, (_, k) => open(i + k)));
const watching = Math.ceil(COUNT / URLS.length);

process.on('message', (msg: { report?: boolean; ping?: boolean }) => {
  if (msg.ping) process.send!({ pong: now() });
  if (!msg.report) return;
  const bytes = Object.fromEntries([...sizes].map(([type, s]) => [type, Math.round(s.bytes / s.n)]));
  process.send!({ arrivals: Object.fromEntries(arrivals), bytes, closed, watching }, () => {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  });
});
