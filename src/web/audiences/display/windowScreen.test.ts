import { describe, expect, it } from 'vitest';
import type { Board, BoardCall } from '../../features/hall/index.ts';
import { afterBoard, HEARD_CALL_MS, windowScreenState } from './windowScreen.ts';

const W3 = {
  windowId: 'w3',
  number: '3',
  name: '综合受理窗口三',
  status: 'open' as const,
  pauseReason: null,
  categoryIds: [],
  staffName: null,
};
const W5 = {
  windowId: 'w5',
  number: '5',
  name: '企业开办窗口',
  status: 'open' as const,
  pauseReason: null,
  categoryIds: [],
  staffName: null,
};

const call = (ticketId: string, number: string, windowId = 'w3'): BoardCall => ({
  ticketId,
  number,
  windowId,
  windowNumber: windowId === 'w3' ? '3' : '5',
  voiceText: `请${number}号到3号窗口办理`,
  ledText: `请${number}到3号窗口`,
});

function board(over: Partial<Board> = {}): Board {
  return {
    centerId: 'c',
    centerName: '旬邑县政务服务中心',
    serviceDate: '2026-11-30',
    at: '2026-11-30T01:00:00.000Z',
    current: [],
    recent: [],
    waiting: [],
    windows: [W3, W5],
    ...over,
  };
}
const atWindow = (c: BoardCall, state: 'called' | 'serving') => ({ ...c, state, calledAt: '2026-11-30T01:00:00.000Z' });

describe('windowScreenState', () => {
  it('shows the ticket the board has at the window, called or being served', () => {
    const b = board({ current: [atWindow(call('t1', 'A012'), 'called'), atWindow(call('t2', 'E003', 'w5'), 'serving')] });
    expect(windowScreenState(b, 'w3', undefined, 0)).toMatchObject({ kind: 'called', number: 'A012', ledText: '请A012到3号窗口' });
    expect(windowScreenState(b, 'w5', undefined, 0)).toMatchObject({ kind: 'serving', number: 'E003', window: { number: '5' } });
  });

  it('shows a call the moment it is heard, before the board that carries it', () => {
    const b = board({ current: [atWindow(call('t1', 'A012'), 'serving')] });
    const heard = { call: call('t9', 'A013'), heardAt: 1000, boards: 0 };
    expect(windowScreenState(b, 'w3', heard, 1000 + 200)).toMatchObject({ kind: 'called', number: 'A013' });
    // The board catches up: it now decides (here: already being served).
    const caught = board({ current: [atWindow(call('t9', 'A013'), 'serving')] });
    expect(windowScreenState(caught, 'w3', heard, 1000 + 300)).toMatchObject({ kind: 'serving', number: 'A013' });
    // A heard call the board never shows (sent on elsewhere meanwhile) gives way after a while.
    expect(windowScreenState(b, 'w3', heard, 1000 + HEARD_CALL_MS)).toMatchObject({ kind: 'serving', number: 'A012' });
    // A call heard for another window is not this window's.
    expect(windowScreenState(board(), 'w5', heard, 1200)).toMatchObject({ kind: 'idle' });
  });

  it('lets the board decide once it shows the heard call, or after a second board without it', () => {
    const heard = { call: call('t9', 'A013'), heardAt: 1000, boards: 0 };
    const shows = board({ current: [atWindow(call('t9', 'A013'), 'called')] });
    expect(afterBoard(heard, shows, 'w3')).toBeUndefined();
    // A board built just before the call may arrive after it: the heard call stays for one more board…
    const stale = board({ current: [atWindow(call('t1', 'A012'), 'serving')] });
    const once = afterBoard(heard, stale, 'w3');
    expect(once).toEqual({ ...heard, boards: 1 });
    expect(windowScreenState(stale, 'w3', once, 1100)).toMatchObject({ kind: 'called', number: 'A013' });
    // …and the next one, built after the call, decides: finished at once, the window is idle again.
    expect(afterBoard(once, board(), 'w3')).toBeUndefined();
    expect(windowScreenState(board(), 'w3', undefined, 1200)).toMatchObject({ kind: 'idle' });
    expect(afterBoard(undefined, shows, 'w3')).toBeUndefined();
  });

  it('says paused with the reason, closed when nobody has opened the window, and idle otherwise', () => {
    const paused = board({ windows: [{ ...W3, status: 'paused', pauseReason: '系统维护' }, W5] });
    expect(windowScreenState(paused, 'w3', undefined, 0)).toEqual({ kind: 'paused', reason: '系统维护', window: paused.windows[0] });
    expect(windowScreenState(board({ windows: [{ ...W3, status: 'closed' }] }), 'w3', undefined, 0)).toMatchObject({ kind: 'closed' });
    expect(windowScreenState(board(), 'w3', undefined, 0)).toMatchObject({ kind: 'idle', window: { name: '综合受理窗口三' } });
  });

  it('does not know a window the board does not list (inactive, or of another hall)', () => {
    expect(windowScreenState(board(), 'w9', undefined, 0)).toEqual({ kind: 'unknown' });
  });
});
