// Child process of display-latency.bench.ts: the floor of fan-out on this machine. A bare `ws`
// server with no database and no framework: POST /call?number=A001&size=300 answers at once,
// then sends every connected socket a 'call' message of that size, serialised once, exactly
// as the hall's hub sends its 'call' message. Sockets are grouped by the path they connect to
// (one path per hall); a POST with `&hall=/h0` sends only to that group, as the hub sends a
// call only to its own hall's displays. argv: <port>. Prints "listening" when ready.
import http from 'node:http';
import { createRequire } from 'node:module';

const { WebSocketServer } = createRequire(import.meta.url)('ws') as typeof import('ws');
const port = Number(process.argv[2]);

const server = http.createServer((req, res) => {
  const u = new URL(req.url!, 'http://x');
  if (req.method !== 'POST' || u.pathname !== '/call') return res.writeHead(404).end();
  const number = u.searchParams.get('number')!;
  const size = Number(u.searchParams.get('size'));
  res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  const call = { number, voiceText: '' };
  const bare = JSON.stringify({ type: 'call', calls: [call] }).length;
  call.voiceText = 'x'.repeat(Math.max(0, size - bare));
  const data = Buffer.from(JSON.stringify({ type: 'call', calls: [call] }));
  for (const ws of halls.get(u.searchParams.get('hall') ?? '/') ?? []) if (ws.readyState === 1) ws.send(data, { binary: false });
});
const wss = new WebSocketServer({ server, perMessageDeflate: false });
const halls = new Map<string, Set<import('ws').WebSocket>>();
wss.on('connection', (ws, req) => {
  const path = req.url ?? '/';
  const group = halls.get(path) ?? new Set();
  halls.set(path, group.add(ws));
  ws.on('close', () => group.delete(ws));
  ws.send(JSON.stringify({ type: 'board' }));
});
server.listen(port, '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => {
  for (const ws of wss.clients) ws.terminate();
  server.close(() => process.exit(0));
});
