import { hallTime } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { texts, type Announcement, type Board } from './board.ts';
import { ticketNumbers } from './board.queries.ts';
import type { SettingsRow } from '../setup/category.queries.ts';
import { hallSettings } from '../setup/settings.cache.ts';

interface CenterMemory {
  serviceDate: string;
  /** Ticket id → number, for the day's tickets this process has heard of. */
  numbers: Map<string, string>;
  /** Window id → number, from the last board. */
  windows: Map<string, string>;
  settings?: SettingsRow;
}

/**
 * What a call announcement needs (the ticket's number, the window's number, the hall's voice
 * templates), kept per center in memory so a call reaches the displays with no database read
 * between the notification and the send. It is filled off that path: the day's numbers when a
 * center's first display connects, new tickets' numbers as their 'issue' events are flushed,
 * windows from each board, templates from the calls' own short cache. Anything not known yet
 * makes `announce` answer undefined, and the hub reads the database instead.
 */
export class AnnouncementMemory {
  private readonly centers = new Map<string, CenterMemory>();

  constructor(private readonly db: Db) {}

  /** The announcement of a call from memory alone; undefined when something is missing. */
  announce(centerId: string, ticketId: string, windowId: string): Announcement | undefined {
    const m = this.centers.get(centerId);
    if (!m?.settings || m.serviceDate !== hallTime(new Date()).serviceDate) return undefined;
    const number = m.numbers.get(ticketId);
    const windowNumber = m.windows.get(windowId);
    if (!number || !windowNumber) return undefined;
    return { ticketId, number, windowId, windowNumber, ...texts(m.settings, number, windowNumber) };
  }

  /** After a board was built: windows from it, templates from the cache, and the numbers of tickets not yet known (all of the day's on a new day). */
  async learn(centerId: string, board: Board, ticketIds: (string | null)[]): Promise<void> {
    let m = this.centers.get(centerId);
    const newDay = !m || m.serviceDate !== board.serviceDate;
    if (!m || newDay) this.centers.set(centerId, (m = { serviceDate: board.serviceDate, numbers: new Map(), windows: new Map() }));
    m.windows = new Map(board.windows.map((w) => [w.windowId, w.number]));
    // Set before the first await: displays connecting together load the day once.
    if (newDay) for (const row of await ticketNumbers(this.db, centerId, board.serviceDate)) m.numbers.set(row.id, row.number);
    m.settings = await hallSettings(this.db, centerId);
    const unknown = [...new Set(ticketIds.filter((id): id is string => !!id && !m.numbers.has(id)))];
    if (unknown.length)
      for (const row of await ticketNumbers(this.db, centerId, board.serviceDate, unknown)) m.numbers.set(row.id, row.number);
  }

  /** The center's last display left: nothing to announce there any more. */
  forget(centerId: string): void {
    this.centers.delete(centerId);
  }
}
