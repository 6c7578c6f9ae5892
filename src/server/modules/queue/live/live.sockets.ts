import { encode } from './live.protocol.ts';

/** The part of a ws socket the hub uses. */
export interface LiveSocket {
  readyState: number;
  send(data: string | Buffer, options?: { binary?: boolean }): void;
  ping(): void;
  close(code?: number, reason?: string): void;
  on(event: 'close' | 'error', listener: () => void): unknown;
}

const OPEN = 1;
/** Big messages go out to this many sockets per turn of the event loop, so a call heard meanwhile is sent between two slices. */
const SLICE = 100;

/** The display sockets of this process, per center; every message is serialised once for all of them. */
export class LiveSockets {
  private readonly byCenter = new Map<string, Set<LiveSocket>>();

  /** `onLast` runs when the center's last socket leaves. */
  add(centerId: string, socket: LiveSocket, onLast: () => void): void {
    let set = this.byCenter.get(centerId);
    if (!set) this.byCenter.set(centerId, (set = new Set()));
    set.add(socket);
    const remove = () => {
      set.delete(socket);
      if (set.size === 0 && this.byCenter.get(centerId) === set) {
        this.byCenter.delete(centerId);
        onLast();
      }
    };
    socket.on('close', remove);
    socket.on('error', remove);
  }

  has(centerId: string): boolean {
    return this.byCenter.has(centerId);
  }

  centers(): string[] {
    return [...this.byCenter.keys()];
  }

  count(centerId?: string): number {
    if (centerId) return this.byCenter.get(centerId)?.size ?? 0;
    return [...this.byCenter.values()].reduce((n, s) => n + s.size, 0);
  }

  each(fn: (s: LiveSocket) => void): void {
    for (const set of this.byCenter.values()) for (const s of set) if (s.readyState === OPEN) fn(s);
  }

  clear(): void {
    this.byCenter.clear();
  }

  /** One small message to every socket of the center, now. */
  send(centerId: string, message: unknown): void {
    const sockets = this.byCenter.get(centerId);
    if (!sockets?.size) return;
    const data = encode(message);
    for (const s of sockets) if (s.readyState === OPEN) s.send(data, { binary: false });
  }

  /** A big message (a board), a slice of sockets per turn of the event loop. */
  async sendInSlices(centerId: string, message: unknown): Promise<void> {
    const data = encode(message);
    const sockets = [...(this.byCenter.get(centerId) ?? [])];
    for (let i = 0; i < sockets.length; i += SLICE) {
      if (i > 0) await new Promise((r) => setImmediate(r));
      for (const s of sockets.slice(i, i + SLICE)) if (s.readyState === OPEN) s.send(data, { binary: false });
    }
  }
}

export function sendTo(socket: LiveSocket, message: unknown): void {
  if (socket.readyState === OPEN) socket.send(encode(message), { binary: false });
}
