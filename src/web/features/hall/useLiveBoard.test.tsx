// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, liveUrl, missedCalls } from './live.ts';
import type { Board } from './types.ts';
import { useLiveBoard } from './useLiveBoard.ts';

const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
const call = (ticketId: string, number: string, calledAt: string | null, state: 'called' | 'serving' = 'called') => ({
  ticketId,
  number,
  windowId: 'w1',
  windowNumber: '1',
  voiceText: `请${number}号到1号窗口办理`,
  ledText: '',
  state,
  calledAt,
});
const board = (current: Board['current'], stamp = at(0)): Board => ({
  centerId: 'c1',
  centerName: '测试中心',
  serviceDate: '2026-11-21',
  at: stamp,
  current,
  recent: [],
  waiting: [],
  windows: [],
});

describe('live board helpers', () => {
  it('backs off from 1 s, doubling, to at most 30 s plus jitter', () => {
    expect(backoffDelay(0, () => 0)).toBe(1000);
    expect(backoffDelay(3, () => 0)).toBe(8000);
    expect(backoffDelay(10, () => 0)).toBe(30_000);
    expect(backoffDelay(10, () => 1)).toBe(39_000);
  });

  it('connects to the same host, wss behind https', () => {
    expect(liveUrl('c1', { protocol: 'https:', host: 'hall.example.cn' })).toBe('wss://hall.example.cn/api/v1/hall/c1/live');
    expect(liveUrl('c1', { protocol: 'http:', host: '10.0.0.5:3000' })).toBe('ws://10.0.0.5:3000/api/v1/hall/c1/live');
  });

  it('finds the calls made while away: new or called again, recent, not yet served', () => {
    // The same instant for the call seen before and after (two Date.now() calls may differ).
    const seenAt = at(50_000);
    const before = board([call('t1', 'A001', seenAt), call('t2', 'A002', at(40_000))]);
    const after = board([
      call('t1', 'A001', seenAt), // seen
      call('t2', 'A002', at(5_000)), // recalled meanwhile
      call('t3', 'A003', at(3_000)), // new
      call('t4', 'A004', at(120_000)), // too old to announce
      call('t5', 'A005', at(2_000), 'serving'), // already at the counter
    ]);
    expect(missedCalls(before, after).map((c) => c.number)).toEqual(['A002', 'A003']);
    expect(missedCalls(undefined, after)).toEqual([]);
  });
});

class FakeSocket {
  static all: FakeSocket[] = [];
  static OPEN = 1;
  readyState = 0;
  onopen?: () => void;
  onmessage?: (e: { data: string }) => void;
  onclose?: (e: { code: number }) => void;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  send(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
  close() {
    this.readyState = 3;
  }
}

describe('useLiveBoard', () => {
  let fetched: Board;
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(fetched), { status: 200 })));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the board, hands over new calls, and after a drop reconnects with backoff and catches up', async () => {
    const onCalls = vi.fn();
    const { result } = renderHook(() => useLiveBoard('c1', { onCalls }));
    const first = FakeSocket.all[0]!;
    expect(first.url).toContain('/api/v1/hall/c1/live');
    act(() => first.open());
    act(() => first.send({ type: 'board', board: board([]) }));
    expect(result.current.status).toBe('open');
    expect(result.current.board?.current).toEqual([]);

    const c = call('t1', 'A001', at(0));
    act(() => first.send({ type: 'update', events: [], calls: [c], board: board([c]) }));
    expect(onCalls).toHaveBeenLastCalledWith([c]);

    act(() => first.drop());
    expect(result.current.status).toBe('reconnecting');
    expect(FakeSocket.all).toHaveLength(1);
    await act(async () => vi.advanceTimersByTimeAsync(1400));
    const second = FakeSocket.all[1]!;
    // A call made while the screen was away comes back from the catch-up read.
    const missed = call('t2', 'A002', at(0));
    fetched = board([c, missed], at(-10));
    await act(async () => {
      second.open();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(result.current.status).toBe('open');
    expect(result.current.board?.current.map((x) => x.number)).toEqual(['A001', 'A002']);
    expect(onCalls).toHaveBeenLastCalledWith([missed]);
  });

  it("says a call from its 'call' message once, not again from the update that repeats it", () => {
    const onCalls = vi.fn();
    const onChange = vi.fn();
    const { result } = renderHook(() => useLiveBoard('c1', { onCalls, onChange }));
    const socket = FakeSocket.all[0]!;
    act(() => socket.open());
    act(() => socket.send({ type: 'board', board: board([]) }));
    const c = call('t1', 'A001', at(0));
    act(() => socket.send({ type: 'call', calls: [c] }));
    expect(onCalls).toHaveBeenCalledTimes(1);
    expect(onCalls).toHaveBeenLastCalledWith([c]);
    act(() => socket.send({ type: 'update', events: [], calls: [c], announced: true, board: board([c]) }));
    expect(onCalls).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(result.current.board?.current.map((x) => x.number)).toEqual(['A001']);
  });

  it('catches up from a board sent mid-connection (the server re-listened and may have missed calls)', () => {
    const onCalls = vi.fn();
    renderHook(() => useLiveBoard('c1', { onCalls }));
    const socket = FakeSocket.all[0]!;
    act(() => socket.open());
    act(() => socket.send({ type: 'board', board: board([]) }));
    expect(onCalls).not.toHaveBeenCalled();
    const missed = call('t2', 'A002', at(0));
    act(() => socket.send({ type: 'board', board: board([missed], at(-10)) }));
    expect(onCalls).toHaveBeenLastCalledWith([missed]);
  });

  it('stops trying when the center does not exist', () => {
    const { result } = renderHook(() => useLiveBoard('nowhere'));
    act(() => FakeSocket.all[0]!.drop(4404));
    expect(result.current.status).toBe('notFound');
  });
});
