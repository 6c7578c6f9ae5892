import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { rows, type TestPlatform } from '../../../../test/api/helpers.ts';
import { countyItems, fullChecklist, person, pick, type DemoItem } from '../case/case.fixture.ts';
import { call, citizenMobile, submittedOnlineApplication } from './online.fixture.ts';

// One acceptance message (decision 0051): a case accepted in the online hall's pre-review does not
// send its own case.accepted; the application's online.accepted is the applicant's one text and
// one inbox entry, naming every case number and when each is due. A case accepted at the window
// still sends case.accepted.

interface Sent {
  channel: string;
  event: string;
  to: string;
  text: string;
}

describe('the acceptance message', () => {
  let p: TestPlatform;
  let clerk: string;
  let items: DemoItem[];
  let centerId: string;

  /** Every acceptance message the outbox holds for an application and its cases. */
  const acceptanceMessages = (refs: string[]) =>
    rows<Sent>(
      p,
      sql`SELECT channel, event, "to", text FROM notification_outbox
          WHERE event IN ('case.accepted', 'online.accepted')
            AND (${sql.join(
              refs.map((r) => sql`ref = ${r} OR ref LIKE ${`${r}:%`}`),
              sql` OR `,
            )})
          ORDER BY channel`,
    );

  beforeAll(async () => {
    p = await startTestPlatform();
    clerk = await signIn(p, 'clerk');
    items = (await countyItems(p)).filter((i) => i.caseType === 'promised' && i.materials.some((m) => m.required));
    centerId = (await rows<{ id: string }>(p, sql`SELECT id FROM center WHERE code = 'XY-COUNTY'`))[0]!.id;
  });
  afterAll(async () => p?.close());

  it('an online acceptance sends one SMS and one inbox entry, online.accepted, with the case number and due date', async () => {
    const item = pick(items, () => true, 'a 承诺件');
    const { cookie, application } = await submittedOnlineApplication(p, 941, [item.id]);
    const accepted = await call(p, clerk, 'POST', `/online/reviews/${application.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const [c] = accepted.body.cases as { id: string; number: string; due: string }[];

    const sent = await acceptanceMessages([`online:${application.id}`, `case:${c!.id}`]);
    expect(sent.map((s) => [s.channel, s.event])).toEqual([
      ['inbox', 'online.accepted'],
      ['sms', 'online.accepted'],
    ]);
    const sms = sent.find((s) => s.channel === 'sms')!;
    expect(sms.to).toBe(citizenMobile(941));
    expect(sms.text).toContain(c!.number);
    expect(sms.text).toContain(c!.due);
    // The account's inbox shows it once.
    const inbox = (await call(p, cookie, 'GET', '/portal/me/inbox')).body.items as { event: string; body: string }[];
    const told = inbox.filter((m) => m.event === 'online.accepted' || m.event === 'case.accepted');
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain(c!.due);
  });

  it('an application of two items gets one message naming both cases', async () => {
    const [first, second] = [items[0]!, items.find((i) => i.id !== items[0]!.id)!];
    const { application } = await submittedOnlineApplication(p, 942, [first.id, second.id]);
    const accepted = await call(p, clerk, 'POST', `/online/reviews/${application.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const cases = accepted.body.cases as { id: string; number: string; due: string }[];
    expect(cases).toHaveLength(2);
    const sent = await acceptanceMessages([`online:${application.id}`, ...cases.map((c) => `case:${c.id}`)]);
    expect(sent.map((s) => s.channel)).toEqual(['inbox', 'sms']);
    for (const c of cases) expect(sent[1]!.text).toContain(c.number);
  });

  it('a window acceptance still sends the case’s own case.accepted', async () => {
    const item = pick(items, () => true, 'a 承诺件');
    const applicant = person(943);
    const res = await p.app.inject({
      method: 'POST',
      url: '/api/v1/cases/applications',
      headers: { cookie: clerk },
      payload: { centerId, applicant, items: [{ itemId: item.id }], idempotencyKey: 'window-accept-943' },
    });
    const caseId = res.json().cases[0].id as string;
    const acc = await call(p, clerk, 'POST', `/cases/${caseId}/actions`, { action: 'intake.accept', checklist: fullChecklist(item), idempotencyKey: 'window-accept-943-acc' });
    expect(acc.status, JSON.stringify(acc.body)).toBe(200);
    const sent = await acceptanceMessages([`case:${caseId}`]);
    expect(sent.map((s) => [s.channel, s.event, s.to])).toEqual([['sms', 'case.accepted', applicant.phone]]);
  });
});
