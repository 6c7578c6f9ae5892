// Real server processes on one PostgreSQL (the multi-instance test and the display latency
// benchmark): `node --import tsx src/server/cli.ts serve` children on free ports, driven over
// HTTP like a workbench and a kiosk would, and always stopped by pid.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../seed/demo-org.ts';

const root = path.resolve(import.meta.dirname, '../../../..');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `serve` with demo seeding on `databaseUrl` and waits for /readyz. */
export async function startServerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO: 'on',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server = { url, port, child, output: () => output, stop: () => stopProcess(child) };
  try {
    await waitReady(server);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

async function waitReady(s: ServerProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null) throw new Error(`server exited with ${s.child.exitCode}:\n${s.output()}`);
    if (
      await fetch(`${s.url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after 120 s:\n${s.output()}`);
}

/** SIGTERM (graceful: closes sockets and the pool), SIGKILL after 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A tiny HTTP client of one server: JSON in and out, one session cookie. */
export function apiClient(base: string) {
  let cookie = '';
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}/api/v1${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, body?: unknown) => call<T>('POST', url, body),
    signIn: (username: string) => call('POST', '/auth/sign-in', { username, password: DEMO_PASSWORD }),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

export interface DemoHall {
  centerId: string;
  /** Window number → id. */
  windows: Map<string, string>;
  /** Ticket category prefix → id. */
  categories: Map<string, string>;
}

/** The demo county center as the public and staff APIs show it. */
export async function demoHall(api: ApiClient): Promise<DemoHall> {
  const { items: centers } = await api.get<{ items: { id: string; name: string }[] }>('/hall/centers');
  const centerId = centers.find((c) => c.name === '旬邑县政务服务中心')!.id;
  const { items: cats } = await api.get<{ items: { id: string; prefix: string }[] }>(`/hall/${centerId}/categories`);
  const { items: wins } = await api.get<{ items: { id: string; number: string; centerId: string }[] }>(
    `/windows?centerId=${centerId}&active=true&pageSize=200`,
  );
  return {
    centerId,
    windows: new Map(wins.filter((w) => w.centerId === centerId).map((w) => [w.number, w.id])),
    categories: new Map(cats.map((c) => [c.prefix, c.id])),
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
