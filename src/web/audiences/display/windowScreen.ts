import type { Board, BoardCall } from '../../features/hall/index.ts';

// What a window screen (窗口屏, the small screen above one counter) shows, from the hall
// board and the calls heard since it was built. A pure function, so every state is tested.

/**
 * A 'call' message for this window, noted when it arrived: the board that shows it comes up
 * to 500 ms later. `boards` counts the boards received since that did not show it.
 */
export interface HeardCall {
  call: BoardCall;
  heardAt: number;
  boards: number;
}

/** How long a heard call outranks a board that does not show it yet (boards follow calls within 0.5 s). */
export const HEARD_CALL_MS = 3000;

/**
 * A new board arrived: the heard call has served its turn once the board shows it at the
 * window, or once a second board without it has come (the first may have been built just
 * before the call and sent after it; the second was built after it, so the ticket has left
 * the window meanwhile: finished, sent on, or not come).
 */
export function afterBoard(heard: HeardCall | undefined, board: Board, windowId: string): HeardCall | undefined {
  if (!heard) return undefined;
  if (board.current.some((c) => c.windowId === windowId && c.ticketId === heard.call.ticketId)) return undefined;
  return heard.boards >= 1 ? undefined : { ...heard, boards: heard.boards + 1 };
}

export type WindowScreenState =
  | { kind: 'unknown' }
  | { kind: 'called' | 'serving'; number: string; ticketId: string; ledText: string; window: WindowOf }
  | { kind: 'idle'; window: WindowOf }
  | { kind: 'paused'; reason: string | null; window: WindowOf }
  | { kind: 'closed'; window: WindowOf };

type WindowOf = Board['windows'][number];

/**
 * The window's state: a call heard in the last few seconds and not yet on the board comes
 * first (so the number shows the instant it is called); then the ticket the board has at the
 * window; then paused (with its reason), closed (no clerk signed in), or idle and waiting.
 * A window the board does not list (inactive, or of another hall) is unknown.
 */
export function windowScreenState(board: Board, windowId: string, heard: HeardCall | undefined, now: number): WindowScreenState {
  const counter = board.windows.find((w) => w.windowId === windowId);
  if (!counter) return { kind: 'unknown' };
  const atWindow = board.current.find((c) => c.windowId === windowId);
  if (heard && heard.call.windowId === windowId && now - heard.heardAt < HEARD_CALL_MS && atWindow?.ticketId !== heard.call.ticketId)
    return { kind: 'called', number: heard.call.number, ticketId: heard.call.ticketId, ledText: heard.call.ledText, window: counter };
  if (atWindow && (atWindow.state === 'called' || atWindow.state === 'serving'))
    return { kind: atWindow.state, number: atWindow.number, ticketId: atWindow.ticketId, ledText: atWindow.ledText, window: counter };
  if (counter.status === 'paused') return { kind: 'paused', reason: counter.pauseReason, window: counter };
  if (counter.status === 'closed') return { kind: 'closed', window: counter };
  return { kind: 'idle', window: counter };
}
