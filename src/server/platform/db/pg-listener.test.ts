import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTENER_APPLICATION_NAME, PgListener } from './pg-listener.ts';

// The LISTEN connection of a process on real PostgreSQL: killed by the server, it comes back
// by itself, listens again, tells its subscribers, and notifications flow again.

const url = process.env.DATABASE_URL;

async function until(pred: () => boolean, timeout = 10_000) {
  for (const start = Date.now(); !pred(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() - start > timeout) throw new Error('timed out');
  }
}

describe.skipIf(!url)('PgListener (PostgreSQL)', () => {
  const channel = `test_${randomBytes(4).toString('hex')}`;
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => admin?.end());

  const notify = (payload: string) => admin.query('SELECT pg_notify($1, $2)', [channel, payload]);
  const kill = async () => {
    const r = await admin.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND query = $2`,
      [LISTENER_APPLICATION_NAME, `LISTEN "${channel}"`],
    );
    return r.rows.filter((x) => x.ok).length;
  };

  it('re-listens after its backend is terminated, runs onReconnect, and hears later notifications', async () => {
    const drops: number[] = [];
    const listener = new PgListener(url!, (_err, retryInMs) => drops.push(retryInMs));
    const heard: string[] = [];
    let reconnects = 0;
    try {
      await listener.listen(
        channel,
        (p) => heard.push(p),
        () => reconnects++,
      );
      await notify('before');
      await until(() => heard.includes('before'));

      expect(await kill()).toBe(1);
      await until(() => reconnects === 1);
      expect(drops.length).toBeGreaterThanOrEqual(1);
      await notify('after');
      await until(() => heard.includes('after'));

      // And again: the backoff starts over after a success.
      expect(await kill()).toBe(1);
      await until(() => reconnects === 2);
      await notify('again');
      await until(() => heard.includes('again'));
    } finally {
      await listener.close();
    }
  });

  it('stops for good once closed', async () => {
    const listener = new PgListener(url!);
    let reconnects = 0;
    await listener.listen(
      channel,
      () => {},
      () => reconnects++,
    );
    await listener.close();
    await new Promise((r) => setTimeout(r, 500));
    expect(reconnects).toBe(0);
    expect(await kill()).toBe(0);
  });
});
