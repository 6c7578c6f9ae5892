// What the portal and the workbench read of an online application: the summary of a list, the
// full detail (items with their form and materials, files, history, allowed actions) and the
// pre-review level, computed on read from the stored due date and today's calendar.
import type { OnlineApplicationDetailData } from '../../../contract/online.ts';
import type { WorkCalendar } from '../../../domain/calendar/index.ts';
import { maskMobile, maskName } from '../../../domain/identifiers/index.ts';
import { caseDuesOf, maskIdNumber } from '../case/index.ts';
import { allowedOnlineActions, preReviewLevel, type OnlineActor } from '../../../domain/online/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { chinaToday, loadDeadlineCalendar } from '../calendar/index.ts';
import { centersById, type CenterRow } from '../org/index.ts';
import { itemDef, tailor } from './online.items.ts';
import { eventsOf, filesOf, type ApplicationRow, type FileRow } from './online.queries.ts';

/** Calendars by region, loaded once per read. */
export function calendars(db: Db, now: Date) {
  const loaded = new Map<string, Promise<WorkCalendar>>();
  return (regionCode: string) => {
    let c = loaded.get(regionCode);
    if (!c)
      loaded.set(regionCode, (c = loadDeadlineCalendar(db, regionCode, Number(chinaToday(now).slice(0, 4)) + 1).then((r) => r.calendar)));
    return c;
  };
}

export async function reviewOf(
  ctx: AppContext,
  row: ApplicationRow,
  center: CenterRow | undefined,
  cal: ReturnType<typeof calendars>,
  now: Date,
) {
  if (!row.reviewDue || !center) return null;
  const days = ctx.config.ONLINE_PREREVIEW_WORKING_DAYS;
  const level = row.status === 'submitted' ? preReviewLevel(row.reviewDue, chinaToday(now), days, await cal(center.regionCode)) : 'normal';
  return { due: row.reviewDue, level, workingDays: days };
}

export function summaryOf(row: ApplicationRow, center: CenterRow | undefined, review: Awaited<ReturnType<typeof reviewOf>>, dues: ReadonlyMap<string, string | null>) {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    bundleId: row.bundleId,
    centerId: row.centerId,
    centerName: center?.name ?? '',
    items: row.items.map((i) => ({ itemId: i.itemId, itemName: i.itemName })),
    correctionRounds: row.correctionRounds,
    submittedAt: row.submittedAt,
    review,
    cases: row.cases.map((c) => ({ ...c, due: dues.get(c.id) ?? null })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function summaries(ctx: AppContext, rows: readonly ApplicationRow[], now = new Date()) {
  const centers = await centersById(
    ctx.db,
    rows.map((r) => r.centerId),
  );
  const cal = calendars(ctx.db, now);
  const dues = await caseDuesOf(ctx.db, rows.flatMap((r) => r.cases.map((c) => c.id)));
  return Promise.all(
    rows.map(async (r) => summaryOf(r, centers.get(r.centerId), await reviewOf(ctx, r, centers.get(r.centerId), cal, now), dues)),
  );
}

export function fileView(f: FileRow) {
  return {
    id: f.id,
    itemId: f.itemId,
    materialId: f.materialId,
    name: f.name,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    reusedFrom: f.reusedFrom ?? null,
    uploadedAt: f.createdAt,
  };
}

function applicantView(row: ApplicationRow) {
  const a = row.applicant;
  if (!a) return null;
  return {
    kind: a.kind,
    idType: a.idType,
    idNumber: maskIdNumber(a.idType, a.idNumber),
    // An enterprise's name is public (on its licence, like the USCC); a person's is masked.
    name: a.kind === 'person' ? maskName(a.name) : a.name,
    phone: maskMobile(a.phone),
    agentName: row.agent ? maskName(row.agent.name) : null,
  };
}

/** The full detail; `reader` decides allowedActions (the applicant's or the clerk's). */
export async function detailOf(
  ctx: AppContext,
  row: ApplicationRow,
  reader: readonly OnlineActor[],
  now = new Date(),
): Promise<OnlineApplicationDetailData> {
  const [files, events, centers] = await Promise.all([
    filesOf(ctx.db, row.id),
    eventsOf(ctx.db, row.id),
    centersById(ctx.db, [row.centerId]),
  ]);
  const center = centers.get(row.centerId);
  const corrections = new Map((row.correction?.materials ?? []).map((m) => [`${m.itemId}|${m.materialId}`, m.reason]));
  const itemsDetail = [];
  for (const it of row.items) {
    const def = await itemDef(ctx.db, it.itemId).catch(() => undefined);
    if (!def) continue; // an item retired since: the window sees it in the history; the portal cannot fill it
    const { asked, dropped } = tailor(def, it.situationAnswers);
    const materials = def.materials.map((m) => {
      const mine = files.filter((f) => f.itemId === it.itemId && f.materialId === m.id);
      const required = asked.find((a) => a.id === m.id)?.required ?? false;
      const status = dropped.has(m.id) ? ('not_applicable' as const) : mine.length ? ('uploaded' as const) : ('missing' as const);
      return {
        materialId: m.id,
        name: m.name,
        required,
        originals: m.originals,
        copies: m.copies,
        fillGuide: m.fillGuide,
        notes: m.notes,
        status,
        correction: corrections.get(`${it.itemId}|${m.id}`) ?? null,
        fileIds: mine.map((f) => f.id),
      };
    });
    itemsDetail.push({
      itemId: def.itemId,
      itemName: def.itemName,
      versionId: def.versionId,
      formSchema: def.formSchema,
      situations: def.situations,
      situationAnswers: it.situationAnswers,
      formData: it.formData,
      materials,
    });
  }
  return {
    ...summaryOf(row, center, await reviewOf(ctx, row, center, calendars(ctx.db, now), now), await caseDuesOf(ctx.db, row.cases.map((c) => c.id))),
    subject: row.subject,
    applicant: applicantView(row),
    sharedFields: row.sharedFields,
    delivery: row.delivery ?? null,
    itemsDetail,
    files: files.map(fileView),
    correction: row.correction ?? null,
    refusalReasons: row.refusalReasons,
    history: events.map((e) => ({
      seq: e.seq,
      action: e.action as never,
      from: e.fromStatus,
      to: e.toStatus,
      actorKind: e.actorKind,
      actorName: e.actorName,
      detail: e.detail ?? null,
      at: e.at,
    })),
    allowedActions: allowedOnlineActions(row.status, reader, { correctionRounds: row.correctionRounds }),
  };
}
