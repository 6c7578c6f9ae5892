import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, sealAudit, verifyAudit } from '../../src/server/platform/audit/audit.ts';
import { signIn, startTestPlatform } from '../harness.ts';
import { demoIds, rows, testUscc, type DemoIds, type TestPlatform } from './helpers.ts';

// The audit trail is a hash chain sealed after the fact, in sequence order (audit.ts).
// Every row must end up sealed and verifiable, whatever the order writers commit in.

describe('audit chain', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let cookie: string;
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'GET', url: string, payload?: object) =>
    p.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const count = async () => (await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log`))[0]!.n;
  const unsealed = async () =>
    (
      await rows<{ n: number }>(
        p,
        sql`SELECT count(*)::int AS n FROM audit_log l WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.seq = l.seq)`,
      )
    )[0]!.n;

  beforeAll(async () => {
    p = await startTestPlatform();
    ids = await demoIds(p);
    // PostgreSQL logs sequences 32 values ahead, so a database restored from a copy (the
    // PGlite template) or restarted after a crash resumes audit_log.seq with a gap. The sealer
    // steps over a gap only once the row after it is 5 s old; a back-dated first row stands
    // in for those 5 seconds.
    await p.ctx.database.exec(`INSERT INTO audit_log (at, action, result) VALUES (now() - interval '10 seconds', 'test.start', 'ok')`);
    cookie = await signIn(p, 'manager');
  });
  afterAll(async () => p?.close());

  it('seals and verifies every row after a series of writes', async () => {
    const t1 = ids.center['XY-TUQIAO']!;
    const writes = [
      await send('POST', '/api/v1/departments', { centerId: t1, name: '土桥镇司法所', uscc: testUscc(1) }),
      await send('POST', '/api/v1/windows', { centerId: t1, number: '3', name: '综合窗口三', kind: 'comprehensive' }),
      await send('PATCH', `/api/v1/windows/${ids.window['XY-TUQIAO/2']}`, { name: '综合窗口二（老年人优先）' }),
      await send('PUT', `/api/v1/windows/${ids.window['XY-TUQIAO/2']}/posts`, { post: 'A', staffId: ids.staff['tq-clerk'] }),
      await send('POST', `/api/v1/windows/${ids.window['XY-TUQIAO/2']}/serving-post`, { post: 'A' }),
      await send('PATCH', `/api/v1/centers/${t1}`, { phone: '029-34420009' }),
      await send('GET', `/api/v1/staff/${ids.staff['tq-clerk']}`),
    ];
    expect(writes.map((w) => w.statusCode)).toEqual([201, 201, 200, 200, 200, 200, 200]);
    await signIn(p, 'clerk');
    await p.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'clerk', password: 'Wrong@2026pass' } });

    await sealAudit(p.ctx.db);
    const total = await count();
    expect(total).toBeGreaterThanOrEqual(10);
    expect(await unsealed()).toBe(0);
    expect(await verifyAudit(p.ctx.db)).toEqual({ ok: true, checked: total, unsealedOld: 0 });
  });

  it('stays gap-free and verifiable with 20 writers at once and the sealer running meanwhile', async () => {
    const [{ last }] = (await rows<{ last: number }>(p, sql`SELECT max(seq)::int AS last FROM audit_log`)) as [{ last: number }];
    let sealing = true;
    const sealer = (async () => {
      while (sealing) {
        await sealAudit(p.ctx.db);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send('POST', '/api/v1/departments', { centerId: ids.center['XY-ZHITIAN']!, name: `职田镇部门${i}`, uscc: testUscc(100 + i) }),
      ),
    );
    sealing = false;
    await sealer;
    expect(created.map((r) => r.statusCode)).toEqual(Array(20).fill(201));

    await sealAudit(p.ctx.db);
    const fresh = await rows<{ seq: number; action: string }>(p, sql`SELECT seq, action FROM audit_log WHERE seq > ${last} ORDER BY seq`);
    expect(fresh.filter((r) => r.action === 'department.create')).toHaveLength(20);
    expect(fresh.map((r) => r.seq)).toEqual(fresh.map((_, i) => last + 1 + i)); // no gaps
    expect(await unsealed()).toBe(0);
    expect(await verifyAudit(p.ctx.db)).toEqual({ ok: true, checked: await count(), unsealedOld: 0 });
  });

  // PostgreSQL only: PGlite has one connection, so no transaction can be in flight beside another.
  it.skipIf(!process.env.DATABASE_URL)('waits for a transaction that commits after a later row, then seals both', async () => {
    const [{ db }] = (await rows<{ db: string }>(p, sql`SELECT current_database() AS db`)) as [{ db: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${db}`;
    const slow = new pg.Client({ connectionString: url.toString() });
    await slow.connect();
    try {
      await sealAudit(p.ctx.db);
      await slow.query('BEGIN');
      const { rows: inFlight } = await slow.query<{ seq: string }>(
        `INSERT INTO audit_log (at, action, result) VALUES (now(), 'test.slow', 'ok') RETURNING seq`,
      );
      await recordAudit(p.ctx.db, { action: 'test.fast' });
      await sealAudit(p.ctx.db);
      const [{ top }] = (await rows<{ top: number }>(p, sql`SELECT coalesce(max(seq), 0)::int AS top FROM audit_seal`)) as [
        { top: number },
      ];
      expect(top).toBeLessThan(Number(inFlight[0]!.seq)); // stopped at the gap
      await slow.query('COMMIT');
      await sealAudit(p.ctx.db);
      expect(await unsealed()).toBe(0);
      expect(await verifyAudit(p.ctx.db)).toMatchObject({ ok: true, checked: await count() });
    } finally {
      await slow.end();
    }
  });

  it('notices a row changed behind the triggers’ back', async () => {
    await sealAudit(p.ctx.db);
    const [{ seq }] = (await rows<{ seq: number }>(
      p,
      sql`SELECT seq FROM audit_log WHERE action = 'department.create' ORDER BY seq LIMIT 1`,
    )) as [{ seq: number }];
    await p.ctx.database.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET actor_name = '某人' WHERE seq = ${seq};
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    expect(await verifyAudit(p.ctx.db)).toMatchObject({ ok: false, brokenAt: seq, reason: 'content changed' });
  });
});
