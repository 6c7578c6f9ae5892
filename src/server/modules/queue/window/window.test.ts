import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapWindow, openHall, putSettings, rows, type Hall } from '../queue.fixture.ts';

// The window's side: call-next by category and priority, start, finish, recall limits,
// no-shows, transfers, and who may press the buttons.

describe('queue at the window', () => {
  let h: Hall;
  let T: string;
  let U: string;
  const w = (n: string, action: string, body?: object, cookie = h.cookie.clerk) =>
    h.post(`/queue/windows/${h.win(n)}/${action}`, body, cookie);
  const backdateCall = (id: string) =>
    h.p.ctx.db.execute(sql`UPDATE ticket SET last_called_at = last_called_at - interval '1 minute' WHERE id = ${id}`);

  beforeAll(async () => {
    h = await openHall();
    T = await h.category('T');
    U = await h.category('U');
    await mapWindow(h, '1', [T, U]);
    await mapWindow(h, '2', [U]);
  });
  afterAll(async () => h?.p.close());

  it('issues numbered tickets with the people ahead and a wait estimate', async () => {
    const t1 = await h.issue(T, { phone: '13912345678' });
    expect(t1).toMatchObject({ number: 'T001', state: 'waiting', ahead: 0, estimatedWaitMinutes: 0, categoryName: '测试T' });
    expect(JSON.stringify(t1)).not.toContain('13912345678');
    const t2 = await h.issue(T);
    // One window maps T, nobody served yet: 1 ahead × the 300 s default.
    expect(t2).toMatchObject({ number: 'T002', ahead: 1, estimatedWaitSeconds: 300, estimatedWaitMinutes: 5 });
    expect(await h.issue(U, { priority: 'elderly' })).toMatchObject({ number: 'U001', priority: 'elderly', ahead: 0 });
  });

  it('calls the green channel first, refuses a second call while busy, then starts and finishes', async () => {
    const call = await w('1', 'call-next');
    expect(call.statusCode).toBe(200);
    expect(call.json()).toMatchObject({
      ticket: { number: 'U001', state: 'called', calledCount: 1 },
      call: { windowNumber: '1', voiceText: '请U001号到1号窗口办理', ledText: '请U001到1号窗口' },
    });
    const busy = await w('1', 'call-next');
    expect([busy.statusCode, busy.json().code]).toEqual([409, 'QUEUE_WINDOW_BUSY']);
    expect(busy.json().message).toContain('办结');
    expect((await w('1', 'start')).json().ticket).toMatchObject({ state: 'serving' });
    const done = await w('1', 'finish', { caseIds: ['XY20260601001'] });
    expect(done.json().ticket).toMatchObject({ number: 'U001', state: 'done', caseIds: ['XY20260601001'] });
    expect((await w('1', 'call-next')).json().ticket.number).toBe('T001');
    expect((await w('1', 'finish')).json().ticket.state).toBe('done');
  });

  it('never calls a category the window does not serve', async () => {
    const other = await h.category('W');
    await h.issue(other);
    expect((await w('1', 'call-next')).json().ticket.number).toBe('T002');
    await w('1', 'finish');
    expect((await w('1', 'call-next')).json()).toEqual({ ticket: null, call: null });
    const waiting = (await h.get(`/queue/windows/${h.win('1')}`, h.cookie.clerk)).json();
    expect(waiting).toMatchObject({ actingAs: 'window', current: null, waiting: [] });
  });

  it('limits recalls to the hall interval and marks a no-show only after N calls', async () => {
    const t = await h.issue(T);
    await w('1', 'call-next');
    const soon = await w('1', 'recall');
    expect([soon.statusCode, soon.json().code]).toEqual([409, 'QUEUE_RECALL_TOO_SOON']);
    expect(soon.json().message).toContain('重呼过于频繁');
    expect(soon.json().details).toMatchObject({ intervalSeconds: 15 });
    expect(soon.json().details.retryAfterSeconds).toBeGreaterThan(10);
    await backdateCall(t.id);
    expect((await w('1', 'recall')).json()).toMatchObject({
      ticket: { calledCount: 2 },
      call: { voiceText: `请${t.number}号到1号窗口办理` },
    });
    const early = await w('1', 'no-show');
    expect([early.statusCode, early.json().code, early.json().details]).toEqual([
      409,
      'QUEUE_NO_SHOW_TOO_EARLY',
      { calledCount: 2, required: 3 },
    ]);
    await backdateCall(t.id);
    await w('1', 'recall');
    expect((await w('1', 'no-show')).json().ticket).toMatchObject({ number: t.number, state: 'no_show', calledCount: 3 });
    const events = await rows<{ action: string }>(h.p, sql`SELECT action FROM ticket_event WHERE ticket_id = ${t.id} ORDER BY id`);
    expect(events.map((e) => e.action)).toEqual(['issue', 'call', 'recall', 'recall', 'no_show']);
    const audits = await rows<{ n: number }>(
      h.p,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE object_id = ${t.id} AND action LIKE 'queue.ticket.%'`,
    );
    expect(audits[0]!.n).toBe(5);
  });

  it('transfers to another category and window keeping the number and the arrival place', async () => {
    const t = await h.issue(T);
    await h.issue(U);
    expect((await w('1', 'call-next')).json().ticket.number).toBe(t.number);
    const moved = await w('1', 'transfer', { categoryId: U, windowId: h.win('2'), reason: '需社保窗口办理' });
    expect(moved.json().ticket).toMatchObject({
      number: t.number,
      state: 'transferred',
      queueCategoryId: U,
      targetWindowId: h.win('2'),
      windowId: null,
    });
    // Window 1 also serves U, but the ticket was sent to window 2; the duty head covers window 2.
    expect((await w('1', 'call-next')).json().ticket.number).toBe('U002');
    await w('1', 'finish');
    const atTwo = await w('2', 'call-next', undefined, h.cookie.duty);
    expect(atTwo.json().ticket).toMatchObject({ id: t.id, number: t.number, state: 'called', calledCount: 1 });
    const bad = await w('2', 'transfer', { categoryId: T, windowId: h.win('2') }, h.cookie.duty);
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'QUEUE_WINDOW_NOT_SERVING_CATEGORY']);
    await w('2', 'finish', undefined, h.cookie.duty);
  });

  it('parks a ticket, serves others, and resumes it for the same window', async () => {
    const t = await h.issue(T);
    const later = await h.issue(T);
    await w('1', 'call-next');
    expect((await w('1', 'park', { reason: '回去取户口簿' })).json().ticket).toMatchObject({ state: 'parked' });
    expect((await w('1', 'call-next')).json().ticket.number).toBe(later.number);
    await w('1', 'finish');
    const view = (await h.get(`/queue/windows/${h.win('1')}`, h.cookie.clerk)).json();
    expect(view.parked.map((x: { id: string }) => x.id)).toEqual([t.id]);
    expect((await w('1', 'resume', { ticketId: t.id })).json().ticket).toMatchObject({ state: 'waiting', targetWindowId: h.win('1') });
    expect((await w('1', 'call-next')).json().ticket.id).toBe(t.id);
    await w('1', 'finish');
  });

  it('pauses the window with a reason and refuses to call until reopened', async () => {
    await h.issue(T);
    expect((await w('1', 'pause', { reason: '系统维护' })).json()).toMatchObject({ status: 'paused', pauseReason: '系统维护' });
    expect((await w('1', 'call-next')).json().code).toBe('QUEUE_WINDOW_PAUSED');
    const board = (await h.get(`/hall/${h.county}/board`)).json();
    // The window screen's part: the window's categories, and the clerk's name (亮牌服务, on in the demo halls).
    expect(board.windows.find((x: { number: string }) => x.number === '1')).toMatchObject({
      status: 'paused',
      pauseReason: '系统维护',
      staffName: '王晓燕',
    });
    expect(board.windows.find((x: { number: string }) => x.number === '1').categoryIds).toContain(T);
    expect((await putSettings(h, { screenStaffNames: false })).statusCode).toBe(200);
    const nameless = (await h.get(`/hall/${h.county}/board`)).json();
    expect(nameless.windows.map((x: { staffName: string | null }) => x.staffName)).toEqual(nameless.windows.map(() => null));
    expect((await putSettings(h, { screenStaffNames: true })).statusCode).toBe(200);
    await w('1', 'reopen');
    expect((await w('1', 'call-next')).statusCode).toBe(200);
    await w('1', 'finish');
  });

  it('finishes the visitor and calls the next with one press (办结并叫号), each step with its event and audit row', async () => {
    const first = await h.issue(T);
    const second = await h.issue(T);
    // An idle window: nothing to finish, the press calls.
    const a = (await w('1', 'finish-and-call-next')).json();
    expect(a).toMatchObject({ finished: null, ticket: { id: first.id, state: 'called' }, call: { windowNumber: '1' } });
    const b = (await w('1', 'finish-and-call-next', { caseIds: ['XY20260601009'] })).json();
    expect(b).toMatchObject({
      finished: { id: first.id, state: 'done', caseIds: ['XY20260601009'] },
      ticket: { id: second.id, state: 'called', calledCount: 1 },
    });
    // Nobody left: the visitor at the window is finished and the window is free.
    expect((await w('1', 'finish-and-call-next')).json()).toEqual({
      finished: expect.objectContaining({ id: second.id, state: 'done' }),
      ticket: null,
      call: null,
    });
    const events = await rows<{ ticket_id: string; action: string; from_state: string; to_state: string }>(
      h.p,
      sql`SELECT ticket_id, action, from_state, to_state FROM ticket_event WHERE ticket_id IN (${first.id}, ${second.id}) ORDER BY id`,
    );
    expect(events.map((e) => [e.ticket_id === first.id ? 'first' : 'second', e.action, e.from_state, e.to_state])).toEqual([
      ['first', 'issue', null, 'waiting'],
      ['second', 'issue', null, 'waiting'],
      ['first', 'call', 'waiting', 'called'],
      ['first', 'finish', 'called', 'done'],
      ['second', 'call', 'waiting', 'called'],
      ['second', 'finish', 'called', 'done'],
    ]);
    const audited = await rows<{ action: string; n: number }>(
      h.p,
      sql`SELECT action, count(*)::int AS n FROM audit_log WHERE object_id IN (${first.id}, ${second.id}) AND action LIKE 'queue.ticket.%' GROUP BY action ORDER BY action`,
    );
    expect(audited).toEqual([
      { action: 'queue.ticket.call', n: 2 },
      { action: 'queue.ticket.finish', n: 2 },
      { action: 'queue.ticket.issue', n: 2 },
    ]);
  });

  it('does neither on a paused window, and is refused where the window may not be served', async () => {
    const t = await h.issue(T);
    expect((await w('1', 'call-next')).json().ticket.id).toBe(t.id);
    await w('1', 'pause', { reason: '临时离开' });
    const paused = await w('1', 'finish-and-call-next');
    expect([paused.statusCode, paused.json().code]).toEqual([409, 'QUEUE_WINDOW_PAUSED']);
    expect((await h.get(`/queue/windows/${h.win('1')}`, h.cookie.clerk)).json().current).toMatchObject({ id: t.id, state: 'called' });
    await w('1', 'reopen');
    const other = await w('1', 'finish-and-call-next', undefined, h.cookie.tqClerk);
    expect([other.statusCode, other.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    const b = await w('1', 'finish-and-call-next', undefined, h.cookie.clerkB);
    expect([b.statusCode, b.json().code]).toEqual([403, 'QUEUE_NOT_AT_WINDOW']);
    const bad = await w('1', 'finish-and-call-next', { caseIds: 'XY1' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await w('1', 'finish')).json().ticket).toMatchObject({ id: t.id, state: 'done' });
  });

  it('refuses a clerk of another center, the B post while A serves, and a manager without queue.serve', async () => {
    const other = await w('1', 'call-next', undefined, h.cookie.tqClerk);
    expect([other.statusCode, other.json().code]).toEqual([403, 'OUT_OF_SCOPE']);
    const b = await w('1', 'call-next', undefined, h.cookie.clerkB);
    expect([b.statusCode, b.json().code]).toEqual([403, 'QUEUE_NOT_AT_WINDOW']);
    expect(b.json().message).toContain('当班岗位');
    expect((await w('1', 'call-next', undefined, h.cookie.manager)).statusCode).toBe(403);
    expect((await h.post(`/queue/windows/${h.win('1')}/call-next`)).statusCode).toBe(401);
    // 土桥镇 is inside the county clerk's scope, but the clerk holds no post there.
    const tq = await h.post(`/queue/windows/${h.ids.window['XY-TUQIAO/1']}/call-next`, undefined, h.cookie.clerk);
    expect([tq.statusCode, tq.json().code]).toEqual([403, 'QUEUE_NOT_AT_WINDOW']);
  });
});
