import { fromHolidayCn } from '../../../domain/calendar/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { auditAs } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, assertRegionInScope, type Who } from '../org/index.ts';
import { yearMissingHint } from './calendar.errors.ts';
import { invalidateCalendar, notifyCalendarChanged } from './calendar.loader.ts';
import * as q from './calendar.queries.ts';
import type { DayChange, DayInput, HolidayCnFile, ImportPreview } from './calendar.types.ts';

function audit(tx: Db, who: Who, action: string, objectId: string, summary: unknown) {
  return auditAs(tx, who, { centerId: who.actor.centerId, action, objectType: 'calendar', objectId, summary });
}

/**
 * A center changes the calendar of its own region and the regions below it; the national
 * rows (and yearly imports) belong to the top center of the deployment only, so a township
 * cannot move a county-wide holiday.
 */
async function assertCalendarScope(tx: Db, who: Who, regionCode: string): Promise<void> {
  if (regionCode !== '') {
    // The region scope comes from the center tree, not from a field the actor may set (decision 0019).
    await assertRegionInScope(tx, who.actor, regionCode);
    return;
  }
  const center = await assertCenterInScope(tx, who.actor, who.actor.centerId);
  if (center.parentId !== null) throw new DomainError('OUT_OF_SCOPE', { region: 'national' });
}

/** A day can only be edited in a year with national data: an edit in an unknown year would be a guess. */
async function assertYearCovered(tx: Db, date: string): Promise<void> {
  const year = Number(date.slice(0, 4));
  const years = await q.listNationalYears(tx);
  if (!years.some((y) => y.year === year)) throw new DomainError('CALENDAR_YEAR_MISSING', { year, hint: yearMissingHint(year) });
}

const objectId = (region: string, date: string) => `${region || 'national'}:${date}`;
const summaryOf = (row?: q.DayRow) => (row ? { kind: row.kind, name: row.name, source: row.source } : null);

export async function setDay(db: Db, who: Who, date: string, input: DayInput) {
  const row = await db.transaction(async (tx) => {
    await assertCalendarScope(tx, who, input.region);
    await assertYearCovered(tx, date);
    const before = await q.findDay(tx, input.region, date);
    const after = { regionCode: input.region, date, kind: input.kind, name: input.name, source: 'manual', updatedBy: who.actor.username, updatedAt: new Date() };
    await q.upsertDays(tx, [after]);
    await audit(tx, who, 'calendar.day.set', objectId(input.region, date), { region: input.region, date, before: summaryOf(before), after: { kind: input.kind, name: input.name } });
    await notifyCalendarChanged(tx, input.region);
    return after;
  });
  invalidateCalendar(db);
  return row;
}

/** Removes a regional override, so the day falls back to the level above. */
export async function removeRegionDay(db: Db, who: Who, date: string, region: string) {
  if (region === '') throw new DomainError('CALENDAR_NATIONAL_DAY_UNDELETABLE', { date });
  await db.transaction(async (tx) => {
    await assertCalendarScope(tx, who, region);
    const before = await q.findDay(tx, region, date);
    if (!before) throw new DomainError('NOT_FOUND', { object: 'calendarDay', region, date });
    await q.deleteDay(tx, region, date);
    await audit(tx, who, 'calendar.day.delete', objectId(region, date), { region, date, before: summaryOf(before) });
    await notifyCalendarChanged(tx, region);
  });
  invalidateCalendar(db);
}

/** What importing `file` would change in the national rows (added, changed, removed days). */
export function diffImport(file: HolidayCnFile, current: readonly q.DayRow[]): ImportPreview {
  const next = new Map(fromHolidayCn(file).map((d) => [d.date, { kind: d.kind, name: d.name ?? '' }]));
  const now = new Map(current.map((r) => [r.date, r]));
  const added: DayChange[] = [];
  const changed: DayChange[] = [];
  const removed: DayChange[] = [];
  for (const [date, after] of next) {
    const before = now.get(date);
    if (!before) added.push({ date, after });
    else if (before.kind !== after.kind || before.name !== after.name) changed.push({ date, before: summaryOf(before)!, after });
  }
  // Only the imported year is replaced; a previous-December row stays unless the file lists it.
  for (const r of current) if (r.date.startsWith(`${file.year}-`) && !next.has(r.date)) removed.push({ date: r.date, before: summaryOf(r)! });
  const offDays = [...next.values()].filter((d) => d.kind === 'off').length;
  return { year: file.year, days: next.size, offDays, workDays: next.size - offDays, added, changed, removed };
}

export async function previewImport(db: Db, file: HolidayCnFile): Promise<ImportPreview> {
  return diffImport(file, await q.listNationalDaysForImport(db, file.year));
}

/** Replaces one year's national rows with a holiday-cn file, in one transaction. */
export async function importHolidayCn(db: Db, who: Who, file: HolidayCnFile): Promise<ImportPreview> {
  const result = await db.transaction(async (tx) => {
    await assertCalendarScope(tx, who, '');
    const preview = diffImport(file, await q.listNationalDaysForImport(tx, file.year));
    const updatedAt = new Date();
    const rows = fromHolidayCn(file).map((d) => ({ regionCode: '', date: d.date, kind: d.kind, name: d.name ?? '', source: 'holiday-cn import', updatedBy: who.actor.username, updatedAt }));
    await q.deleteNationalYearDays(tx, file.year);
    await q.upsertDays(tx, rows);
    await q.upsertYear(tx, { regionCode: '', year: file.year, source: 'holiday-cn import', importedAt: updatedAt, importedBy: who.actor.username });
    const counts = { added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length };
    await audit(tx, who, 'calendar.import', String(file.year), { year: file.year, days: preview.days, offDays: preview.offDays, workDays: preview.workDays, papers: file.papers ?? [], ...counts });
    await notifyCalendarChanged(tx, '');
    return preview;
  });
  invalidateCalendar(db);
  return result;
}
