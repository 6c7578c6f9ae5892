import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/index.ts';
import { shanghaiDay } from '../../../domain/citizen/index.ts';
import { idCardCheckChar } from '../../../domain/identifiers/index.ts';
import { startTestPlatform } from '../../../../test/harness.ts';
import { rows, signInCitizen, testUscc, type TestPlatform } from '../../../../test/api/helpers.ts';
import type { Citizen } from '../../platform/context.ts';
import { actingAs, subjectIdentities } from './subjects.ts';

// Enterprise accounts (企业账号) and mandates (委托代理), issue #19, decision 0044: through the
// HTTP routes, and the seam the online application calls (actingAs, subjectIdentities).

const inAYear = addDays(shanghaiDay(new Date()), 365);
const idCard = (n: number) => {
  const first17 = `61042919800101${String(n).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
};

describe('enterprise accounts and mandates', () => {
  let p: TestPlatform;
  let ip = 0;
  let itemIds: string[];
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object, lang?: string) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie, ...(lang ? { 'accept-language': lang } : {}) }, ...(payload ? { payload } : {}) });
  /** A signed-in citizen, verified with ID number n unless n is undefined. */
  async function citizen(mobile: string, n?: number, name = '张三丰') {
    const cookie = await signInCitizen(p, mobile, `10.1.0.${++ip}`);
    if (n !== undefined) {
      const res = await req('POST', '/portal/me/real-name', cookie, { name, idNumber: idCard(n) });
      expect(res.statusCode, res.body).toBe(200);
    }
    const me = (await req('GET', '/portal/me', cookie)).json();
    return { cookie, id: me.id as string, as: { accountId: me.id as string, mobile, verified: n !== undefined } satisfies Citizen };
  }

  beforeAll(async () => {
    p = await startTestPlatform();
    const items = (await p.app.inject({ url: '/api/v1/portal/items?pageSize=3' })).json().items as { itemId?: string; id?: string }[];
    itemIds = items.map((i) => (i.itemId ?? i.id)!);
  });
  afterAll(async () => p?.close());

  it('registers an enterprise by a verified citizen, checking the USCC and the legal representative ID; one USCC once', async () => {
    const boss = await citizen('13810000001', 1, '王大山');
    const unverified = await citizen('13810000002');
    const body = { uscc: testUscc(501), name: '咸阳测试科技有限公司', legalRepName: '王大山', legalRepIdNumber: idCard(1) };
    expect((await req('POST', '/portal/me/enterprises', unverified.cookie, body)).json().code).toBe('CITIZEN_NOT_VERIFIED');
    const badUscc = await req('POST', '/portal/me/enterprises', boss.cookie, { ...body, uscc: testUscc(501).slice(0, 17) + (testUscc(501).endsWith('0') ? '1' : '0') }, 'en');
    expect([badUscc.statusCode, badUscc.json().code]).toEqual([400, 'INVALID_USCC']);
    expect((await req('POST', '/portal/me/enterprises', boss.cookie, { ...body, legalRepIdNumber: '610429198001010010' })).json().code).toBe('INVALID_ID_CARD');
    const ok = await req('POST', '/portal/me/enterprises', boss.cookie, { ...body, uscc: body.uscc.toLowerCase() });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ uscc: testUscc(501), myRole: 'admin', registrantIsLegalRep: true, verification: 'declared', legalRepName: '王*山' });
    expect(ok.json().legalRepIdNumber).not.toContain(idCard(1).slice(6, 14));
    const other = await citizen('13810000003', 3);
    const again = await req('POST', '/portal/me/enterprises', other.cookie, { ...body, legalRepName: '李四', legalRepIdNumber: idCard(3) });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ENTERPRISE_ALREADY_REGISTERED']);
    // Registered by someone who is not the legal representative: recorded so.
    const agentReg = await req('POST', '/portal/me/enterprises', other.cookie, { ...body, uscc: testUscc(502), legalRepName: '赵六', legalRepIdNumber: idCard(4) });
    expect(agentReg.json()).toMatchObject({ registrantIsLegalRep: false, myRole: 'admin' });
    const [audit] = await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'citizen.enterprise.register'`);
    expect(audit!.n).toBe(2);
  });

  it('lets admins add staff by mobile, change roles and remove them, always keeping one admin; handlers manage nothing', async () => {
    const boss = await citizen('13810000011', 11);
    const e = (await req('POST', '/portal/me/enterprises', boss.cookie, { uscc: testUscc(511), name: '土桥农业合作社', legalRepName: '张三丰', legalRepIdNumber: idCard(11) })).json();
    // A number with no account yet: the account is made, and its first sign-in finds the enterprise.
    const added = await req('POST', `/portal/me/enterprises/${e.id}/staff`, boss.cookie, { mobile: '138 1000 0012', role: 'handler' });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().staff.map((s: { mobile: string; role: string }) => [s.mobile, s.role])).toEqual([
      ['138****0011', 'admin'],
      ['138****0012', 'handler'],
    ]);
    expect((await req('POST', `/portal/me/enterprises/${e.id}/staff`, boss.cookie, { mobile: '13810000012', role: 'admin' })).json().code).toBe('ENTERPRISE_MEMBER_EXISTS');
    const handler = await citizen('13810000012', 12);
    const seen = (await req('GET', '/portal/me/enterprises', handler.cookie)).json().items;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: e.id, myRole: 'handler' });
    expect(seen[0].staff).toHaveLength(1); // a handler sees only themself
    expect((await req('GET', '/portal/me', handler.cookie)).json().subjects).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'enterprise', ref: e.id, name: '土桥农业合作社', role: 'handler' })]),
    );
    const handlerAdds = await req('POST', `/portal/me/enterprises/${e.id}/staff`, handler.cookie, { mobile: '13810000013', role: 'handler' });
    expect([handlerAdds.statusCode, handlerAdds.json().code]).toEqual([403, 'ENTERPRISE_NOT_ADMIN']);

    const bossMember = added.json().staff[0].id as string;
    const handlerMember = added.json().staff[1].id as string;
    const demote = await req('PATCH', `/portal/me/enterprises/${e.id}/staff/${bossMember}`, boss.cookie, { role: 'handler' });
    expect([demote.statusCode, demote.json().code]).toEqual([409, 'ENTERPRISE_LAST_ADMIN']);
    expect((await req('DELETE', `/portal/me/enterprises/${e.id}/staff/${bossMember}`, boss.cookie)).json().code).toBe('ENTERPRISE_LAST_ADMIN');
    // Promote the handler; now the first admin may step down and leave.
    expect((await req('PATCH', `/portal/me/enterprises/${e.id}/staff/${handlerMember}`, boss.cookie, { role: 'admin' })).json().staff[1].role).toBe('admin');
    expect((await req('PATCH', `/portal/me/enterprises/${e.id}/staff/${bossMember}`, boss.cookie, { role: 'handler' })).json().myRole).toBe('handler');
    expect((await req('DELETE', `/portal/me/enterprises/${e.id}/staff/${bossMember}`, boss.cookie)).statusCode).toBe(204);
    expect((await req('GET', `/portal/me/enterprises/${e.id}`, boss.cookie)).json().code).toBe('ENTERPRISE_NOT_FOUND');
    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${e.id} ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual([
      'citizen.enterprise.register',
      'citizen.enterprise.staff-add',
      'citizen.enterprise.staff-role',
      'citizen.enterprise.staff-role',
      'citizen.enterprise.staff-remove',
    ]);
  });

  it('never lets another account read or change an enterprise or a mandate by its id (404)', async () => {
    const owner = await citizen('13810000021', 21);
    const stranger = await citizen('13810000022', 22);
    const e = (await req('POST', '/portal/me/enterprises', owner.cookie, { uscc: testUscc(521), name: '职田镇测试商店', legalRepName: '张三丰', legalRepIdNumber: idCard(21) })).json();
    const m = (await req('POST', '/portal/me/mandates', owner.cookie, { principal: { kind: 'self' }, agentMobile: '13810000023', itemIds: null, validUntil: inAYear, text: '代为办理个人事项' })).json();
    const memberId = e.staff[0].id as string;
    const attempts = [
      req('GET', `/portal/me/enterprises/${e.id}`, stranger.cookie),
      req('POST', `/portal/me/enterprises/${e.id}/staff`, stranger.cookie, { mobile: '13810000022', role: 'admin' }),
      req('PATCH', `/portal/me/enterprises/${e.id}/staff/${memberId}`, stranger.cookie, { role: 'handler' }),
      req('DELETE', `/portal/me/enterprises/${e.id}/staff/${memberId}`, stranger.cookie),
      req('POST', '/portal/me/mandates', stranger.cookie, { principal: { kind: 'enterprise', enterpriseId: e.id }, agentMobile: '13810000022', itemIds: null, validUntil: inAYear, text: '冒用企业委托' }),
      req('GET', `/portal/me/mandates/${m.id}`, stranger.cookie),
      req('POST', `/portal/me/mandates/${m.id}/accept`, stranger.cookie),
      req('POST', `/portal/me/mandates/${m.id}/revoke`, stranger.cookie),
    ];
    for (const res of await Promise.all(attempts)) expect([res.statusCode, res.json().code]).toSatisfy(([s, c]: [number, string]) => s === 404 && /_NOT_FOUND$/.test(c));
    expect((await req('GET', '/portal/me/enterprises', stranger.cookie)).json().items).toEqual([]);
    expect((await req('GET', '/portal/me/mandates', stranger.cookie)).json()).toEqual({ granted: [], received: [] });
    await expect(actingAs(p.ctx.db, stranger.as, { kind: 'enterprise', enterpriseId: e.id })).rejects.toMatchObject({ code: 'CITIZEN_SUBJECT_NOT_ALLOWED' });
    await expect(actingAs(p.ctx.db, stranger.as, { kind: 'mandate', mandateId: m.id })).rejects.toMatchObject({ code: 'CITIZEN_SUBJECT_NOT_ALLOWED' });
    // Nothing changed.
    const [{ n }] = (await rows<{ n: number }>(p, sql`SELECT count(*)::int AS n FROM enterprise_member WHERE enterprise_id = ${e.id}`)) as [{ n: number }];
    expect(n).toBe(1);
    expect((await req('GET', `/portal/me/mandates/${m.id}`, owner.cookie)).json().state).toBe('offered');
  });

  it('a person grants a mandate, the agent accepts, acts for the person within scope and date, and either side revokes', async () => {
    const principal = await citizen('13810000031', 31, '刘老汉');
    const agent = await citizen('13810000032');
    const self = await req('POST', '/portal/me/mandates', principal.cookie, { principal: { kind: 'self' }, agentMobile: '13810000031', itemIds: null, validUntil: inAYear, text: '代为办理' });
    expect(self.json().code).toBe('MANDATE_SELF');
    const past = await req('POST', '/portal/me/mandates', principal.cookie, { principal: { kind: 'self' }, agentMobile: '13810000032', itemIds: null, validUntil: '2020-01-01', text: '代为办理' }, 'en');
    expect([past.statusCode, past.json().code]).toEqual([422, 'MANDATE_VALID_UNTIL_INVALID']);
    const unknownItem = await req('POST', '/portal/me/mandates', principal.cookie, { principal: { kind: 'self' }, agentMobile: '13810000032', itemIds: ['00000000-0000-4000-8000-000000000000'], validUntil: inAYear, text: '代为办理' });
    expect(unknownItem.json().code).toBe('MANDATE_ITEM_UNKNOWN');
    const validUntil = addDays(shanghaiDay(new Date()), 200);
    const granted = await req('POST', '/portal/me/mandates', principal.cookie, { principal: { kind: 'self' }, agentMobile: '13810000032', itemIds: [itemIds[0]], validUntil, text: '委托李明代为办理高龄津贴申请' });
    expect(granted.statusCode, granted.body).toBe(200);
    const m = granted.json();
    expect(m).toMatchObject({ state: 'offered', canRevoke: true, canAccept: false, principal: { kind: 'person', name: '刘*汉' }, agent: { mobile: '138****0032' } });
    // Not yet accepted: the agent may not act.
    await expect(actingAs(p.ctx.db, { ...agent.as, verified: true }, { kind: 'mandate', mandateId: m.id })).rejects.toMatchObject({ code: 'CITIZEN_NOT_VERIFIED' });
    // Accepting needs a verified agent.
    expect((await req('POST', `/portal/me/mandates/${m.id}/accept`, agent.cookie)).json().code).toBe('CITIZEN_NOT_VERIFIED');
    expect((await req('POST', '/portal/me/real-name', agent.cookie, { name: '李明', idNumber: idCard(32) })).statusCode).toBe(200);
    await expect(actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id })).rejects.toMatchObject({ code: 'MANDATE_NOT_ACCEPTED' });
    const received = (await req('GET', '/portal/me/mandates', agent.cookie)).json().received;
    expect(received.map((r: { id: string; canAccept: boolean }) => [r.id, r.canAccept])).toEqual([[m.id, true]]);
    expect((await req('POST', `/portal/me/mandates/${m.id}/accept`, principal.cookie)).json().code).toBe('MANDATE_NOT_FOUND');
    const accepted = await req('POST', `/portal/me/mandates/${m.id}/accept`, agent.cookie);
    expect(accepted.json()).toMatchObject({ state: 'active', canAccept: false, canRevoke: true });
    expect((await req('POST', `/portal/me/mandates/${m.id}/accept`, agent.cookie)).json().code).toBe('MANDATE_ALREADY_ACCEPTED');

    const acting = await actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id }, { itemIds: [itemIds[0]!] });
    expect(acting).toEqual({
      applicant: { kind: 'person', idType: '111', idNumber: idCard(31), name: '刘老汉', phone: '13810000031' },
      agent: { idType: '111', idNumber: idCard(32), name: '李明', phone: '13810000032', mandate: '委托李明代为办理高龄津贴申请' },
    });
    await expect(actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id }, { itemIds: [itemIds[1]!] })).rejects.toMatchObject({ code: 'MANDATE_OUT_OF_SCOPE' });
    // After the last day (a Shanghai day): expired.
    await expect(actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id }, { now: new Date(`${validUntil}T16:00:00Z`) })).rejects.toMatchObject({ code: 'MANDATE_EXPIRED' });
    expect(await actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id }, { now: new Date(`${validUntil}T15:59:00Z`) })).toHaveProperty('agent');

    const me = (await req('GET', '/portal/me', agent.cookie)).json();
    expect(me.subjects).toEqual([
      expect.objectContaining({ kind: 'self', name: '李*' }),
      expect.objectContaining({ kind: 'mandate', ref: m.id, name: '刘*汉', principalKind: 'person', validUntil, itemIds: [itemIds[0]] }),
    ]);
    const identities = await subjectIdentities(p.ctx.db, agent.as);
    expect(identities).toContainEqual({ idType: '111', idNumber: idCard(31), name: '刘老汉', kind: 'mandate', ref: m.id, ownOnly: true });

    // The principal revokes; the agent can no longer act, and the mandate leaves the subjects.
    const revoked = await req('POST', `/portal/me/mandates/${m.id}/revoke`, principal.cookie);
    expect(revoked.json()).toMatchObject({ state: 'revoked', canRevoke: false });
    expect((await req('POST', `/portal/me/mandates/${m.id}/revoke`, agent.cookie)).json().code).toBe('MANDATE_REVOKED');
    await expect(actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id })).rejects.toMatchObject({ code: 'MANDATE_REVOKED' });
    expect((await req('GET', '/portal/me', agent.cookie)).json().subjects.map((s: { kind: string }) => s.kind)).toEqual(['self']);
    const audit = await rows<{ action: string }>(p, sql`SELECT action FROM audit_log WHERE object_id = ${m.id} ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['citizen.mandate.grant', 'citizen.mandate.accept', 'citizen.mandate.revoke']);
  });

  it('an enterprise acts through its staff, and an admin grants a mandate for it that the agent may revoke', async () => {
    const boss = await citizen('13810000041', 41, '陈老板');
    const e = (await req('POST', '/portal/me/enterprises', boss.cookie, { uscc: testUscc(541), name: '咸阳测试物流有限公司', legalRepName: '陈老板', legalRepIdNumber: idCard(41) })).json();
    await req('POST', `/portal/me/enterprises/${e.id}/staff`, boss.cookie, { mobile: '13810000042', role: 'handler' });
    const handler = await citizen('13810000042', 42, '周经办');
    // The legal representative applies as the enterprise; a handler as its 经办人.
    expect(await actingAs(p.ctx.db, boss.as, { kind: 'enterprise', enterpriseId: e.id })).toEqual({
      applicant: { kind: 'enterprise', idType: 'uscc', idNumber: testUscc(541), name: '咸阳测试物流有限公司', legalRepresentative: '陈老板', phone: '13810000041' },
    });
    const viaHandler = await actingAs(p.ctx.db, handler.as, { kind: 'enterprise', enterpriseId: e.id });
    expect(viaHandler.agent).toMatchObject({ idType: '111', idNumber: idCard(42), name: '周经办', mandate: expect.stringContaining('经办人') });
    expect((await subjectIdentities(p.ctx.db, handler.as)).find((s) => s.kind === 'enterprise')).toMatchObject({ idType: 'uscc', idNumber: testUscc(541), ownOnly: true });
    expect((await subjectIdentities(p.ctx.db, boss.as)).find((s) => s.kind === 'enterprise')).toMatchObject({ ownOnly: false });

    // Only an admin grants for the enterprise.
    const byHandler = await req('POST', '/portal/me/mandates', handler.cookie, { principal: { kind: 'enterprise', enterpriseId: e.id }, agentMobile: '13810000043', itemIds: null, validUntil: inAYear, text: '代理企业办理' });
    expect(byHandler.json().code).toBe('ENTERPRISE_NOT_ADMIN');
    const m = (await req('POST', '/portal/me/mandates', boss.cookie, { principal: { kind: 'enterprise', enterpriseId: e.id }, agentMobile: '13810000043', itemIds: null, validUntil: inAYear, text: '委托代理公司办理道路运输许可' })).json();
    expect(m.principal).toMatchObject({ kind: 'enterprise', name: '咸阳测试物流有限公司', enterpriseId: e.id });
    const agent = await citizen('13810000043', 43, '吴代理');
    await req('POST', `/portal/me/mandates/${m.id}/accept`, agent.cookie);
    expect(await actingAs(p.ctx.db, agent.as, { kind: 'mandate', mandateId: m.id }, { itemIds })).toMatchObject({
      applicant: { kind: 'enterprise', idNumber: testUscc(541) },
      agent: { idNumber: idCard(43), mandate: '委托代理公司办理道路运输许可' },
    });
    // The handler neither sees nor revokes the enterprise's mandates; the agent revokes it.
    expect((await req('GET', '/portal/me/mandates', handler.cookie)).json().granted).toEqual([]);
    expect((await req('GET', '/portal/me/mandates', boss.cookie)).json().granted.map((g: { id: string }) => g.id)).toEqual([m.id]);
    expect((await req('POST', `/portal/me/mandates/${m.id}/revoke`, handler.cookie)).json().code).toBe('MANDATE_NOT_FOUND');
    expect((await req('POST', `/portal/me/mandates/${m.id}/revoke`, agent.cookie)).json().state).toBe('revoked');
  });
});
