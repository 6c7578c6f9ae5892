import { DomainError } from '../../../../domain/errors/index.ts';
import { hallTime, ledText, voiceText } from '../../../../domain/queue/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { findPublicCenter, listCenterWindows, staffNames } from '../../org/index.ts';
import { callOf, recentCalls, sessionsOf, ticketsAtWindows, waitingByCategory } from './board.queries.ts';
import { findSettings, listCategories, listWindowCategories, type SettingsRow } from '../setup/category.queries.ts';
import { hallSettings } from '../setup/settings.cache.ts';

export const RECENT_CALLS = 10;

const beijingMidnight = (serviceDate: string) => new Date(`${serviceDate}T00:00:00+08:00`);

export function texts(settings: SettingsRow, ticketNumber: string, windowNumber: string) {
  const f = { ticketNumber, windowNumber };
  return { voiceText: voiceText(f, settings.voiceTemplate), ledText: ledText(f, settings.ledTemplate) };
}

/**
 * What a hall display shows (叫号屏): who is at which window now, the last calls, how many
 * wait per category, and which windows are paused; for window screens (窗口屏) also each
 * window's categories, and the clerk's name where the hall has chosen to show it
 * (`screenStaffNames`). Public: no visitor's name, ever.
 */
export async function buildBoard(db: Db, centerId: string, now = new Date()) {
  const { serviceDate } = hallTime(now);
  const [center, windows, categories, settings, atWindows, recent, waiting, sessions, served] = await Promise.all([
    findPublicCenter(db, centerId),
    listCenterWindows(db, centerId),
    listCategories(db, centerId),
    findSettings(db, centerId),
    ticketsAtWindows(db, centerId, serviceDate),
    recentCalls(db, centerId, beijingMidnight(serviceDate), RECENT_CALLS),
    waitingByCategory(db, centerId, serviceDate),
    sessionsOf(db, centerId),
    listWindowCategories(db, centerId),
  ]);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const numberOf = new Map(windows.map((w) => [w.id, w.number]));
  const waitingOf = new Map(waiting.map((w) => [w.categoryId, w.waiting]));
  const sessionOf = new Map(sessions.map((s) => [s.windowId, s]));
  const clerks = settings.screenStaffNames
    ? await staffNames(
        db,
        sessions.flatMap((s) => (s.staffId && s.status !== 'closed' ? [s.staffId] : [])),
      )
    : new Map<string, string>();
  const categoryOrder = new Map(categories.map((c, i) => [c.id, i]));
  const categoryIdsOf = (windowId: string) =>
    served
      .filter((s) => s.windowId === windowId && categoryOrder.has(s.categoryId))
      .map((s) => s.categoryId)
      .sort((a, b) => categoryOrder.get(a)! - categoryOrder.get(b)!);
  return {
    centerId,
    centerName: center.name,
    serviceDate,
    at: now.toISOString(),
    current: atWindows
      .filter((t) => t.windowId && numberOf.has(t.windowId))
      .map((t) => ({
        ticketId: t.ticketId,
        number: t.number,
        windowId: t.windowId!,
        windowNumber: numberOf.get(t.windowId!)!,
        state: t.state,
        calledAt: t.lastCalledAt,
        ...texts(settings, t.number, numberOf.get(t.windowId!)!),
      }))
      .sort((a, b) => (b.calledAt?.getTime() ?? 0) - (a.calledAt?.getTime() ?? 0)),
    recent: recent.map((r) => ({
      ticketId: r.ticketId,
      number: r.number,
      windowNumber: r.windowId ? (numberOf.get(r.windowId) ?? null) : null,
      action: r.action as 'call' | 'recall', // recentCalls reads these two only
      at: r.at,
    })),
    waiting: categories.map((c) => ({ categoryId: c.id, prefix: c.prefix, name: c.name, waiting: waitingOf.get(c.id) ?? 0 })),
    windows: windows
      .filter((w) => w.active)
      .map((w) => ({
        windowId: w.id,
        number: w.number,
        name: w.name,
        status: sessionOf.get(w.id)?.status ?? 'closed',
        pauseReason: sessionOf.get(w.id)?.pauseReason ?? null,
        categoryIds: categoryIdsOf(w.id),
        staffName: clerks.get(sessionOf.get(w.id)?.staffId ?? '') ?? null,
      })),
  };
}
export type Board = Awaited<ReturnType<typeof buildBoard>>;
export type Announcement = NonNullable<Awaited<ReturnType<typeof announcementOf>>>;

/**
 * The announcement of one call or recall, for the display to speak. Still spoken when the
 * clerk has already started or finished (the visitor was called); not when the ticket was
 * sent to another window since.
 */
export async function announcementOf(db: Db, centerId: string, ticketId: string, windowId: string) {
  // The hall's templates from the short cache the calls themselves use (a voice template
  // edited on another instance applies within seconds); this is on the display's critical path.
  const [call, windows, settings] = await Promise.all([callOf(db, ticketId), listCenterWindows(db, centerId), hallSettings(db, centerId)]);
  const window = windows.find((w) => w.id === windowId);
  if (!call || !window || call.windowId !== windowId) return undefined;
  return { ticketId, number: call.number, windowId, windowNumber: window.number, ...texts(settings, call.number, window.number) };
}
