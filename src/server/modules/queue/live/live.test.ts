import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor } from '../../org/index.ts';
import { mapWindow, openHall, putSettings, type Hall } from '../queue.fixture.ts';
import { LiveHub } from './live.ts';
import { callNext } from '../window/window.service.ts';

// The display's WebSocket: the board on connect, then an update with the call to announce.
// Node 20 has no global WebSocket; the `ws` package (a dependency of @fastify/websocket) is the client.
const WebSocketClient = createRequire(import.meta.url)('ws') as typeof WebSocket;

interface Message {
  type: string;
  board?: { current: { number: string }[] };
  calls?: { number: string; windowNumber: string; voiceText: string }[];
  events?: { action: string; ticketId: string | null }[];
  code?: string;
}

/** A connected display that keeps every message and can wait for one. */
async function display(url: string) {
  const socket = new WebSocketClient(url);
  const messages: Message[] = [];
  socket.addEventListener('message', (e) => messages.push(JSON.parse(String(e.data)) as Message));
  const closed = new Promise<number>((resolve) => socket.addEventListener('close', (e) => resolve(e.code)));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('websocket error')));
  });
  const waitFor = async (pred: (m: Message) => boolean, timeout = 15_000) => {
    const start = Date.now();
    for (;;) {
      const hit = messages.find(pred);
      if (hit) return hit;
      if (Date.now() - start > timeout) throw new Error(`no matching message in ${JSON.stringify(messages).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { socket, messages, waitFor, closed };
}

describe('hall display over WebSocket', () => {
  let h: Hall;
  let base: string;
  beforeAll(async () => {
    h = await openHall();
    await h.p.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.p.app.server.address();
    base = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/hall`;
  });
  afterAll(async () => h?.p.close());

  it('sends the board on connect and every call made afterwards, with its voice text', async () => {
    const L = await h.category('L');
    await mapWindow(h, '1', [L]);
    await h.issue(L);
    const d = await display(`${base}/${h.county}/live`);
    await d.waitFor((m) => m.type === 'board');

    await h.post(`/queue/windows/${h.win('1')}/call-next`, undefined, h.cookie.clerk);
    const update = await d.waitFor((m) => m.type === 'update' && !!m.calls?.length);
    expect(update.calls![0]).toMatchObject({ number: 'L001', windowNumber: '1', voiceText: '请L001号到1号窗口办理' });
    expect(update.board!.current.map((c) => c.number)).toContain('L001');
    d.socket.close();
  });

  it('tells its own displays of its own call once: at commit, not again when the NOTIFY comes back', async () => {
    const N = await h.category('N');
    await mapWindow(h, '3', [N]);
    const t = await h.issue(N);
    const d = await display(`${base}/${h.county}/live`);
    await d.waitFor((m) => m.type === 'board');
    const duty = (await resolveActor(h.p.ctx.db, h.ids.staffUser['duty']!))!;
    await callNext(h.p.ctx.db, { actor: duty, ip: '10.0.0.2' }, h.win('3'));
    await d.waitFor((m) => m.type === 'update' && !!m.calls?.some((c) => c.number === t.number));
    await new Promise((r) => setTimeout(r, 700)); // the NOTIFY has long come back by now
    const calls = d.messages.filter((m) => m.type === 'call' && m.calls!.some((c) => c.number === t.number));
    expect(calls).toHaveLength(1);
    d.socket.close();
  });

  it('hears a call committed by another instance through NOTIFY', async () => {
    const M = await h.category('M');
    await mapWindow(h, '2', [M]);
    const t = await h.issue(M);
    const d = await display(`${base}/${h.county}/live`);
    await d.waitFor((m) => m.type === 'board');
    // Another instance's commit: the row changes and only the database's notification, with
    // that instance's origin, tells this hub.
    await h.p.ctx.db.execute(
      sql`UPDATE ticket SET state = 'called', window_id = ${h.win('2')}, called_count = 1, last_called_at = now() WHERE id = ${t.id}`,
    );
    const payload = JSON.stringify([
      { centerId: h.county, ticketId: t.id, windowId: h.win('2'), action: 'call', origin: 'another-instance' },
    ]);
    await h.p.ctx.db.execute(sql`SELECT pg_notify('queue', ${payload})`);
    const update = await d.waitFor((m) => m.type === 'update' && !!m.calls?.some((c) => c.number === t.number));
    expect(update.events!.some((e) => e.action === 'call' && e.ticketId === t.id)).toBe(true);
    expect(d.messages.filter((m) => m.type === 'call' && m.calls!.some((c) => c.number === t.number))).toHaveLength(1);
    d.socket.close();
  });

  it('sends a fresh board when the hall settings change (window screens drop or show clerks names at once)', async () => {
    const d = await display(`${base}/${h.county}/live`);
    await d.waitFor((m) => m.type === 'board');
    expect((await putSettings(h, { screenStaffNames: false })).statusCode).toBe(200);
    const update = (await d.waitFor((m) => m.type === 'update' && !!m.events?.some((e) => e.action === 'setup'))) as Message & {
      board: { windows: { staffName: string | null }[] };
    };
    expect(update.board.windows.every((w) => w.staffName === null)).toBe(true);
    expect((await putSettings(h, { screenStaffNames: true })).statusCode).toBe(200);
    d.socket.close();
  });

  it('sends a quiet hall a fresh board now and then, which heals a change no event told of', async () => {
    // A hub of its own with a short refresh, and a display socket that only records.
    const hub = new LiveHub(h.p.ctx.db, h.p.ctx.log, 300);
    await hub.start(h.p.ctx.database);
    const sent: { type: string; events?: unknown[]; board?: { windows: { windowId: string; name: string }[] } }[] = [];
    const socket = {
      readyState: 1,
      send: (d: string | Buffer) => sent.push(JSON.parse(String(d))),
      ping() {},
      close() {},
      on: () => socket,
    };
    const nameOf1 = (m: (typeof sent)[number]) => m.board?.windows.find((w) => w.windowId === h.win('1'))?.name;
    try {
      await hub.attach(h.county, socket);
      expect(sent.map((m) => m.type)).toEqual(['board']);
      // Written behind the hub's back, as when an instance dies between its commit and its NOTIFY.
      await h.p.ctx.db.execute(sql`UPDATE service_window SET name = '延时服务窗口' WHERE id = ${h.win('1')}`);
      await expect
        .poll(() => sent.find((m) => nameOf1(m) === '延时服务窗口'), { timeout: 5000 })
        .toMatchObject({
          type: 'update', // applied as is: a refresh never makes a screen announce anything again
          events: [],
          calls: [],
          announced: true,
        });
    } finally {
      await hub.stop();
      await h.p.ctx.db.execute(sql`UPDATE service_window SET name = '综合受理窗口一' WHERE id = ${h.win('1')}`);
    }
  });

  it('closes the socket of an unknown center with 4404', async () => {
    const d = await display(`${base}/00000000-0000-4000-8000-000000000000/live`);
    expect(await d.closed).toBe(4404);
    expect(d.messages[0]).toMatchObject({ type: 'error', code: 'NOT_FOUND' });
  });

  it('answers a plain GET of the live URL with the board', async () => {
    const res = await h.get(`/hall/${h.county}/live`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ centerId: h.county, centerName: '旬邑县政务服务中心' });
  });
});
