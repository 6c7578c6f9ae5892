import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ow-e2e-'));
}

/** Runs one `onewindow` CLI command (migrate, create-admin, …) against a data directory. */
export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
  return stdout;
}

/**
 * Starts the real server (the built web app included) as a child process on a free port
 * and waits until /readyz answers. Needs `vite build` first: the server serves dist/web (or
 * another build folder, such as the portal benchmark's baseline).
 */
export async function startServer(env: Record<string, string> = {}, webBuild = 'dist/web'): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, webBuild, 'index.html'))) throw new Error(`${webBuild} is missing: run \`npx vite build\` first`);
  const dataDir = env.DATA_DIR ?? dataDirFor(env);
  // A private copy of the built app: a `vite build` running meanwhile empties dist/web and
  // would leave this server's index.html pointing at deleted bundles.
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-e2e-web-'));
  fs.cpSync(path.join(root, webBuild), webDist, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, DEMO: 'on', LOG_LEVEL: 'warn', RESPONSE_CHECK: 'strict', HOST: '127.0.0.1', ...env, DATA_DIR: dataDir, WEB_DIST: webDist, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  // A directory the caller named is the caller's to remove.
  const stop = () => stopChild(child, env.DATA_DIR ? [webDist] : [dataDir, webDist]);
  try {
    await waitReady(url, child, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, dataDir, stop };
}

/**
 * A fresh data directory for a journey: a copy of the run's template (migrated and seeded
 * once by e2e/support/global-setup.ts) when the journey runs the demo on the embedded
 * database, so its server starts in about a third of the time; else empty.
 */
function dataDirFor(env: Record<string, string>): string {
  const dir = freshDataDir();
  const template = process.env.E2E_TEMPLATE_DIR;
  if (template && fs.existsSync(template) && !env.DATABASE_URL && env.DEMO !== 'off') fs.cpSync(template, dir, { recursive: true });
  return dir;
}

/** Migrates and seeds the demo into a directory once, then stops: the template `dataDirFor` copies. */
export async function seedTemplate(): Promise<string> {
  const dir = freshDataDir();
  const server = await startServer({ DATA_DIR: dir, DATABASE_URL: '' });
  await server.stop();
  return dir;
}

async function waitReady(url: string, child: ChildProcess, output: () => string) {
  // A loaded machine (several suites on two cores) may need longer: E2E_READY_MS overrides.
  const wait = Number(process.env.E2E_READY_MS) || 90_000;
  const deadline = Date.now() + wait;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready after ${wait / 1000} s:\n${output()}`);
}

async function stopChild(child: ChildProcess, dirs: string[]) {
  if (child.exitCode === null && child.pid) {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}
