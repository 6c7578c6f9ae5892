import type { Priority, TicketState } from '../../../domain/queue/index.ts';

// The shapes the hall API answers with (src/server/modules/queue): dates arrive as ISO strings.

/** GET /hall/centers: what a hall device may be set up for. */
export interface HallCenter {
  id: string;
  name: string;
  level: string;
}

/** GET /hall/:centerId/categories: a kiosk choice. */
export interface HallCategory {
  id: string;
  prefix: string;
  name: string;
  description: string;
  icon: string | null;
  /** 绿色通道: choosing it is the request for priority (the kiosk asks nothing more). */
  greenChannel: boolean;
  openingHours: string | null;
  openNow: boolean;
  waiting: number;
  remainingToday: number;
}

/** The visitor's ticket (kiosk, phone): nothing personal. */
export interface PublicTicket {
  id: string;
  centerId: string;
  number: string;
  categoryId: string;
  categoryName: string;
  serviceDate: string;
  priority: Priority;
  state: TicketState;
  stateLabel: string;
  windowNumber: string | null;
  createdAt: string;
  ahead: number;
  estimatedWaitSeconds: number | null;
  estimatedWaitMinutes: number | null;
}

/** One call the display announces: voice and LED texts rendered by the server from the hall's templates. */
export interface BoardCall {
  ticketId: string;
  number: string;
  windowId: string;
  windowNumber: string;
  voiceText: string;
  ledText: string;
}

export interface Board {
  centerId: string;
  centerName: string;
  serviceDate: string;
  at: string;
  current: (BoardCall & { state: TicketState; calledAt: string | null })[];
  recent: { ticketId: string; number: string; windowNumber: string | null; action: 'call' | 'recall'; at: string }[];
  waiting: { categoryId: string; prefix: string; name: string; waiting: number }[];
  windows: {
    windowId: string;
    number: string;
    name: string;
    status: 'open' | 'paused' | 'closed';
    pauseReason: string | null;
    /** The categories the window calls, in the hall's order. */
    categoryIds: string[];
    /** The clerk at the window, where the hall shows names on window screens; otherwise null. */
    staffName: string | null;
  }[];
}

/**
 * What the live socket sends (src/server/modules/queue/live.protocol.ts): the board on connect
 * (and again when the server may have missed changes), each call as soon as it is made, then an
 * update with the board after every change. `announced` marks an update whose calls already
 * came as 'call' messages; servers from before 'call' existed send calls only in updates.
 */
export type LiveMessage =
  | { type: 'board'; board: Board }
  | { type: 'call'; calls: BoardCall[] }
  | {
      type: 'update';
      events: { action: string; ticketId: string | null; windowId: string | null }[];
      calls: BoardCall[];
      announced?: boolean;
      board: Board;
    }
  | { type: 'error'; code: string };
