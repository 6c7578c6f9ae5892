import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapWindow, openHall, type Hall } from './queue.fixture.ts';

// 绿色通道 as a category: choosing it is the request for priority, so its tickets are called
// with the green channel's rank although the kiosk sends no class (issue #15: V001 used to
// queue as an ordinary ticket behind elderly-flagged ones).

describe('green-channel category', () => {
  let h: Hall;
  let V: string;
  let A: string;
  beforeAll(async () => {
    h = await openHall();
    V = await h.category('G', { greenChannel: true });
    A = await h.category('N');
    await mapWindow(h, '1', [V, A]);
  });
  afterAll(async () => h?.p.close());

  it('gives every ticket of the category the green channel and calls it before earlier ordinary tickets', async () => {
    const ordinary = await h.issue(A);
    expect(ordinary.priority).toBe('normal');
    const green = await h.issue(V);
    expect(green).toMatchObject({ number: 'G001', priority: 'green', ahead: 0 });
    // A class the visitor names is kept (the window may check it).
    expect((await h.issue(V, { priority: 'elderly' })).priority).toBe('elderly');
    const call = await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk);
    expect(call.json().ticket.number).toBe('G001');
  });

  it('shows the kiosk which categories are green channels and refuses the unnamed class elsewhere', async () => {
    const items = (await h.get(`/hall/${h.county}/categories`)).json().items as { prefix: string; greenChannel: boolean }[];
    expect(items.find((c) => c.prefix === 'G')?.greenChannel).toBe(true);
    expect(items.find((c) => c.prefix === 'N')?.greenChannel).toBe(false);
    // The demo's 绿色通道 (V) is one.
    expect(items.find((c) => c.prefix === 'V')?.greenChannel).toBe(true);
    const res = await h.post(`/hall/${h.county}/tickets`, { categoryId: A, priority: 'green' });
    expect(res.statusCode).toBe(400);
    expect((await h.issue(A)).priority).toBe('normal');
  });

  it('lets the manager turn a category into a green channel and back', async () => {
    const patch = await h.post(`/queue/categories/${A}`, { greenChannel: true }, h.cookie.manager, 'PATCH');
    expect(patch.json().greenChannel).toBe(true);
    expect((await h.issue(A)).priority).toBe('green');
    await h.post(`/queue/categories/${A}`, { greenChannel: false }, h.cookie.manager, 'PATCH');
    expect((await h.issue(A)).priority).toBe('normal');
  });
});
