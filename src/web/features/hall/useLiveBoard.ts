import { useEffect, useRef, useState } from 'react';
import { fetchBoard } from './api.ts';
import { backoffDelay, liveUrl, missedCalls } from './live.ts';
import type { Board, BoardCall, LiveMessage } from './types.ts';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'notFound';

interface Options {
  /** New calls and recalls, in the order made; on reconnect, the calls missed meanwhile. */
  onCalls?: (calls: BoardCall[]) => void;
  /** Any change at all (a ticket issued, a window paused…): screens that read more than the board refresh here. */
  onChange?: () => void;
}

/**
 * The hall board, live: the server's socket sends it on connect and after every change. When
 * the socket drops (network, server restart), reconnect with backoff, and on return refetch
 * the board over HTTP at once so the screen catches up even before the socket is back.
 */
export function useLiveBoard(centerId: string | undefined, options: Options = {}) {
  const [board, setBoard] = useState<Board>();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlers = useRef(options);
  handlers.current = options;

  useEffect(() => {
    if (!centerId) return;
    let socket: WebSocket | undefined;
    let timer: number | undefined;
    let attempt = 0;
    let stopped = false;
    let last: Board | undefined;

    const apply = (next: Board, catchUp: boolean) => {
      if (last && Date.parse(next.at) < Date.parse(last.at)) return; // an HTTP answer overtaken by the socket
      const missed = catchUp ? missedCalls(last, next) : [];
      last = next;
      setBoard(next);
      if (missed.length) handlers.current.onCalls?.(missed);
    };

    const connect = () => {
      if (stopped) return;
      const reconnecting = attempt > 0;
      setStatus(reconnecting ? 'reconnecting' : 'connecting');
      const ws = new WebSocket(liveUrl(centerId, window.location));
      const previous = socket;
      socket = ws;
      previous?.close(); // its onclose sees it is no longer current and stays quiet
      ws.onopen = () => {
        setStatus('open');
        if (reconnecting) {
          fetchBoard(centerId).then(
            (b) => apply(b, true),
            () => undefined,
          );
          handlers.current.onChange?.();
        }
        attempt = 0;
      };
      ws.onmessage = (e: MessageEvent<string>) => {
        let msg: LiveMessage;
        try {
          msg = JSON.parse(e.data) as LiveMessage;
        } catch {
          return;
        }
        // A board mid-connection means the server may have missed changes (it re-listened):
        // catch up like after a reconnect. On a first connection there is nothing to catch up.
        if (msg.type === 'board') apply(msg.board, true);
        if (msg.type === 'call' && msg.calls.length) handlers.current.onCalls?.(msg.calls);
        if (msg.type === 'update') {
          apply(msg.board, false);
          if (msg.calls.length && !msg.announced) handlers.current.onCalls?.(msg.calls);
          handlers.current.onChange?.();
        }
      };
      ws.onclose = (e) => {
        if (socket !== ws || stopped) return;
        if (e.code === 4404) return setStatus('notFound'); // no such center: retrying cannot help
        setStatus('reconnecting');
        timer = window.setTimeout(connect, backoffDelay(attempt++));
      };
    };

    // Back online: try now rather than at the end of a long backoff.
    const online = () => {
      if (socket?.readyState === WebSocket.OPEN) return;
      window.clearTimeout(timer);
      connect();
    };
    window.addEventListener('online', online);
    connect();
    return () => {
      stopped = true;
      window.removeEventListener('online', online);
      window.clearTimeout(timer);
      socket?.close();
    };
  }, [centerId]);

  return { board, status };
}
