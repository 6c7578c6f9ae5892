import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, enrolTotp, rows, signInWithTotp, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { startTestPlatform } from '../../../../test/harness.ts';

// The jobs page's API: the system administrator of the top center lists the jobs and queues
// one now (audited, not twice while one waits); nobody else, and no township administrator.

let p: TestPlatform;
let ids: DemoIds;
let cookie: string;
const get = () => p.app.inject({ url: '/api/v1/system/jobs', headers: { cookie } });
const run = (name: string) => p.app.inject({ method: 'POST', url: `/api/v1/system/jobs/${name}/run`, headers: { cookie } });

beforeAll(async () => {
  p = await startTestPlatform(); // JOBS_WORKER=off: what is queued stays waiting
  ids = await demoIds(p);
  cookie = await signInWithTotp(p, 'sysadmin', await enrolTotp(p, 'sysadmin'));
});
afterAll(async () => {
  await p?.close();
});

describe('the jobs API', () => {
  it('lists every job of the modules with its schedule, and the instance loops', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.worker).toBe(false);
    const byName = Object.fromEntries(body.items.map((j: { name: string }) => [j.name, j]));
    expect(byName['queue-day-sweep']).toMatchObject({ kind: 'cron', schedule: '*/10 * * * *', lastRun: null, waiting: 0, failures: [] });
    expect(byName['audit-sealer']).toMatchObject({ kind: 'instance', schedule: '1' });
    expect(byName['case-waiver-fallback']).toMatchObject({ kind: 'cron', schedule: '*/10 * * * *' });
    expect(byName['case-warning-levels']).toMatchObject({ kind: 'cron', schedule: '*/10 * * * *' });
    expect(byName['case-cabinet-recall']).toMatchObject({ kind: 'cron', schedule: '7 * * * *' }); // issue #18
    expect(Object.keys(byName).sort()).toEqual(['audit-sealer', 'notification-sms-dispatch', 'queue-day-sweep', 'appointment-no-show-sweep', 'appointment-reminders', 'case-waiver-fallback', 'case-warning-levels', 'case-due-recompute', 'case-cabinet-recall', 'archive-monthly-batches'].sort());
  });

  it('queues a run now, audited, and not a second while the first waits', async () => {
    const first = await run('queue-day-sweep');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ queued: true, jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((await run('queue-day-sweep')).json()).toEqual({ jobId: null, queued: false });
    const audit = await rows<{ actor_name: string; object_id: string; summary: { queued: boolean } }>(
      p,
      sql`SELECT actor_name, object_id, summary FROM audit_log WHERE action = 'jobs.run-now' ORDER BY seq`,
    );
    expect(audit.map((a) => [a.actor_name, a.object_id, a.summary.queued])).toEqual([
      ['陈静', 'queue-day-sweep', true],
      ['陈静', 'queue-day-sweep', false],
    ]);
    const job = (await get()).json().items.find((j: { name: string }) => j.name === 'queue-day-sweep');
    expect(job.waiting).toBe(1);
  });

  it('answers 404 for a job it does not know and 400 for a malformed name', async () => {
    expect((await run('no-such-job')).json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await run('Bad_Name')).statusCode).toBe(400);
  });

  it('refuses a system administrator of a township (the jobs act on every hall)', async () => {
    await p.ctx.db.execute(sql`UPDATE staff SET center_id = ${ids.center['XY-TUQIAO']!} WHERE id = ${ids.staff['sysadmin']!}`);
    try {
      expect((await get()).json()).toMatchObject({ code: 'OUT_OF_SCOPE' });
      expect((await run('queue-day-sweep')).json()).toMatchObject({ code: 'OUT_OF_SCOPE' });
    } finally {
      await p.ctx.db.execute(sql`UPDATE staff SET center_id = ${ids.center['XY-COUNTY']!} WHERE id = ${ids.staff['sysadmin']!}`);
    }
  });
});
