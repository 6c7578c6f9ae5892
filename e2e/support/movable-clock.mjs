// Loaded into an e2e server process (NODE_OPTIONS=--import) to move its clock: Date runs ahead
// by the milliseconds written in the file E2E_CLOCK_FILE names, re-read every 100 ms, so a
// test moves time forward while the server runs. The embedded PostgreSQL (PGlite) reads the
// time through Date.now(), so now() in SQL moves with it. Plain JavaScript: it loads before tsx.
import fs from 'node:fs';
import process from 'node:process';
import { setInterval } from 'node:timers';

const file = process.env.E2E_CLOCK_FILE;
if (file) {
  const Real = Date;
  let offset = 0;
  const read = () => {
    try {
      offset = Number(fs.readFileSync(file, 'utf8').trim()) || 0;
    } catch {
      offset = 0;
    }
  };
  read();
  setInterval(read, 100).unref();
  const now = () => Real.now() + offset;
  globalThis.Date = new Proxy(Real, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
    apply: () => new Real(now()).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? now : Reflect.get(target, prop, receiver)),
  });
}
