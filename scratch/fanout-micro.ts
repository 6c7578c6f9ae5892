// Loop cost: ws.send vs raw pre-framed socket.write, 1000 loopback sockets, clients in a child process.
import http from 'node:http';
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
const req = createRequire(import.meta.url);
const { WebSocketServer, WebSocket } = req('ws') as typeof import('ws');
if (process.argv[2] === 'client') {
  const n = Number(process.argv[3]); let open = 0; let got = 0;
  for (let i = 0; i < n; i++) { const ws = new WebSocket(process.argv[4]!, { perMessageDeflate: false }); ws.on('open', () => { if (++open === n) process.send!('ready'); }); ws.on('message', () => { got++; }); }
  process.on('message', () => process.send!(got));
} else {
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as any).port;
  const kids = [0, 1].map(() => fork(process.argv[1]!, ['client', '500', `ws://127.0.0.1:${port}/`], { execArgv: ['--import', 'tsx'] }));
  await Promise.all(kids.map((k) => new Promise((r) => k.once('message', r))));
  const data = Buffer.from(JSON.stringify({ type: 'call', calls: [{ number: 'A001', voiceText: 'x'.repeat(180) }] }));
  const frame = Buffer.concat([Buffer.from([0x81, 126, data.length >> 8, data.length & 255]), data]);
  const t: Record<string, number[]> = { ws: [], raw: [], rawCork: [] };
  for (let round = 0; round < 60; round++) {
    for (const mode of ['ws', 'raw'] as const) {
      const s = process.hrtime.bigint();
      if (mode === 'ws') for (const c of wss.clients) c.send(data, { binary: false });
      else for (const c of wss.clients) (c as any)._socket.write(frame);
      t[mode]!.push(Number(process.hrtime.bigint() - s) / 1e6);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const p90 = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length * 0.9)]!;
  console.log(Object.fromEntries(Object.entries(t).filter(([, v]) => v.length).map(([k, v]) => [k, { p50: med(v).toFixed(2), p90: p90(v).toFixed(2) }])));
  for (const k of kids) k.kill(); process.exit(0);
}
