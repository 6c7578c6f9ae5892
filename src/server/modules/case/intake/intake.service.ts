// 一表申请: one application at the window, one case per item, each pinned to the item's
// current published version and numbered from its (item, day) counter in the same
// transaction. The cases start 'received' with the 'intake' visit; every outcome afterwards
// goes through the one write path (actOnCase).
import { and, eq, sql } from 'drizzle-orm';
import type { CaseActionResultData, IntakeRequestData } from '../../../../contract/case.ts';
import { caseNumberTemplate, caseSerialScope, checklistProblems, type CaseState, type ChecklistEntry } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { maskName, validateIdCard, validateUscc } from '../../../../domain/identifiers/index.ts';
import type { Actor } from '../../../platform/context.ts';
import { asOneStatement, pipelinedTransaction, readTogether, writeLater } from '../../../platform/db/pipelined.ts';
import { asInserted, insertRows } from '../../../platform/db/json-rows.ts';
import { shaped } from '../../../platform/db/shaped.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { chinaToday } from '../../calendar/index.ts';
import { findItemPublished } from '../../catalog/index.ts';
import { assertCenterInScope, findCenter, type CenterRow } from '../../org/index.ts';
// Read-only lookup of a center's path (org's public face has no finder for it yet).
import { auditCaseInsert } from '../case.actor.ts';
import { publishAfterCommit } from '../case.events.ts';
import { loadPinned, loadPlace, type Pinned, type Place } from '../case.pinned.ts';
import { actionsInsert, drawAndCommit, numberCases, numberToken, type CaseRow, type MaterialLine } from '../case.queries.ts';
import { planAccepts } from './intake-accept.ts';
import type { WriteOptions } from '../case.write.ts';
import { restampMessages } from '../../notification/index.ts';
import { can } from '../../../../domain/access/index.ts';
import { applicants, caseActions, caseApplications, caseMaterials, caseRecords, caseVisits } from '../case.schema.ts';

export interface IntakeResultData {
  applicationId: string;
  applicantId: string;
  cases: { id: string; number: string; itemId: string; itemName: string; state: CaseState }[];
  /** 收件并受理 (decision 0054): each case's 受理 result, in the order of `cases`. */
  accepted?: CaseActionResultData[];
}

type Applicant = IntakeRequestData['applicant'];

/** GB 11643 for a resident ID, GB 32100 for a USCC; an enterprise names its legal representative. */
export function checkedApplicant(a: Applicant, now: Date): Applicant {
  const bad = (field: string, reason: string) => new DomainError('CASE_APPLICANT_INVALID', { field, reason });
  if (a.kind === 'enterprise') {
    if (a.idType !== 'uscc') throw bad('idType', 'enterprise needs a USCC');
    const r = validateUscc(a.idNumber.trim());
    if (!r.ok) throw bad('idNumber', r.reason);
    if (!a.legalRepresentative?.trim()) throw bad('legalRepresentative', 'missing');
    return { ...a, idNumber: r.normalized };
  }
  if (a.idType === 'uscc') throw bad('idType', 'a person has no USCC');
  if (a.idType === '111') {
    const r = validateIdCard(a.idNumber.trim().toUpperCase(), now);
    if (!r.ok) throw bad('idNumber', r.reason);
    return { ...a, idNumber: r.normalized };
  }
  return { ...a, idNumber: a.idNumber.trim().toUpperCase() };
}

interface Prepared {
  itemId: string;
  itemCode: string;
  pinned: Pinned;
  place: Place;
  formData: Record<string, unknown>;
  checklist: ChecklistEntry[];
}

function settledValue<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

/** The item must have a published version and belong to this center or a center above it (county items at a township). */
async function prepareItem(db: Db, centerRead: Promise<CenterRow>, item: IntakeRequestData['items'][number]): Promise<Prepared> {
  // The item with its published version in one read; its owner is read only when it is not this center (decision 0047).
  const found = await findItemPublished(db, item.itemId);
  const center = await centerRead;
  const centerId = center.id;
  const row = found?.item;
  const version = row?.active ? found?.version : undefined;
  const owner = row ? (row.centerId === center.id ? center : await findCenter(db, row.centerId)) : undefined;
  if (!row || !version || !owner || !center.path.startsWith(owner.path)) throw new DomainError('CASE_ITEM_NOT_AVAILABLE', { itemId: item.itemId });
  const [pinned, place] = await Promise.all([loadPinned(db, version.id, item.situationAnswers), loadPlace(db, centerId, version.departmentId ?? version.leadDepartmentId ?? null)]);
  const given = new Map(item.checklist.map((e) => [e.materialId, e]));
  const checklist: ChecklistEntry[] = pinned.materials.map((m) => {
    const g = given.get(m.id);
    const dropped = pinned.dropped.get(m.id); // removed by a 情形 answer: not applicable, with that answer as reason
    if (g) return { ...g, scans: [] };
    return dropped ? { materialId: m.id, status: 'not_applicable', reason: dropped, originals: 0, copies: 0, scans: [] } : { materialId: m.id, status: 'missing', originals: 0, copies: 0, scans: [] };
  });
  const unknown = item.checklist.filter((e) => !pinned.materials.some((m) => m.id === e.materialId)).map((e) => ({ ...e, scans: [] }));
  const problems = checklistProblems(pinned.outcomeItem, [...checklist, ...unknown]);
  if (problems.length) throw new DomainError('CASE_OUTCOME_REFUSED', { itemId: item.itemId, problems });
  return { itemId: row.id, itemCode: version.implementationCode || row.localCode || row.basicCode, pinned, place, formData: item.formData, checklist };
}

const applicationByKey = shaped<{ result: unknown }>('case_application_by_key', (db) =>
  db
    .select({ result: caseApplications.result })
    .from(caseApplications)
    .where(and(eq(caseApplications.createdBy, sql.placeholder('staffId')), eq(caseApplications.idempotencyKey, sql.placeholder('key'))))
    .limit(1),
);

/** The applicant seen before (same ID type and number) is refreshed: name and phone as given now, the rest kept unless given. Built once (decision 0053). */
const applicantUpsert = shaped<{ id: string }>('case_applicant_upsert', (db) => {
  const p = (name: string) => sql.placeholder(name);
  return db
    .insert(applicants)
    .values({ id: p('id'), kind: p('kind'), idType: p('idType'), idNumber: p('idNumber'), name: p('name'), legalRepresentative: p('legalRepresentative'), phone: p('phone'), address: p('address'), createdAt: p('now'), updatedAt: p('now') })
    .onConflictDoUpdate({
      target: [applicants.idType, applicants.idNumber],
      set: { name: sql`excluded.name`, phone: sql`excluded.phone`, legalRepresentative: sql`coalesce(excluded.legal_representative, ${applicants.legalRepresentative})`, address: sql`coalesce(excluded.address, ${applicants.address})`, updatedAt: sql`excluded.updated_at` },
    })
    .returning({ id: applicants.id });
});

export async function findApplicationByKey(db: Db, staffId: string, key: string) {
  const [row] = await applicationByKey(db, { staffId, key });
  return row?.result as IntakeResultData | undefined;
}

function isUniqueViolation(e: unknown, constraint: string): boolean {
  for (let x = e, depth = 0; x && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const err = x as { code?: unknown; constraint?: unknown; message?: unknown };
    if (err.code === '23505' && String(err.constraint ?? err.message ?? '').includes(constraint)) return true;
  }
  return false;
}

export async function intake(db: Db, who: { actor: Actor; ip: string }, req: IntakeRequestData, now = new Date(), opts?: WriteOptions): Promise<IntakeResultData> {
  // The retry's answer, the center and the items are read side by side on one connection
  // (decision 0056: one round trip, not three); they answer in this order: a retried key, the
  // permission, the center's scope, the applicant, then the first item in the request's order
  // that fails.
  const [earlier, centerRead, settled] = await readTogether(db, async (reader) => {
    const centerRead = assertCenterInScope(reader, who.actor, req.centerId);
    return Promise.all([
      findApplicationByKey(reader, who.actor.staffId, req.idempotencyKey),
      Promise.allSettled([centerRead]),
      Promise.allSettled(req.items.map((item) => prepareItem(reader, centerRead, item))),
    ]);
  });
  if (earlier) return earlier;
  // 收件并受理 accepts through the write path's own checks (states table, roles); the permission is the 受理's own.
  if (req.accept && !can(who.actor.roles, 'case.act')) throw new DomainError('FORBIDDEN');
  const center = settledValue(centerRead[0]);
  const applicant = checkedApplicant(req.applicant, now);
  const agent = req.agent ? { ...req.agent, idNumber: req.agent.idType === '111' ? checkedApplicant({ ...req.agent, kind: 'person' }, now).idNumber : req.agent.idNumber } : null;
  const items: Prepared[] = settled.map(settledValue);
  const today = chinaToday(now);
  try {
    return await pipelinedTransaction(db, async (tx) => {
      const [a] = await applicantUpsert(tx, { id: newId(now.getTime()), ...applicant, legalRepresentative: applicant.legalRepresentative ?? null, address: applicant.address ?? null, now });
      const applicationId = newId(now.getTime());
      const application = insertRows(caseApplications, [{
        id: applicationId,
        centerId: center.id,
        applicantId: a!.id,
        agent,
        // issue #18: the applicant's delivery choice (null = 窗口领取, the default)
        delivery: req.delivery && req.delivery.method !== 'window' ? req.delivery : null,
        channel: req.channel,
        serviceMode: req.serviceMode,
        ticketId: req.ticketId ?? null,
        sharedFields: req.sharedFields,
        createdBy: who.actor.staffId,
        idempotencyKey: req.idempotencyKey,
        createdAt: now,
      }]);
      const records: (typeof caseRecords.$inferInsert)[] = [];
      const lines: (typeof caseMaterials.$inferInsert)[] = [];
      const created: (typeof caseActions.$inferInsert)[] = [];
      const visits: (typeof caseVisits.$inferInsert)[] = [];
      const numbered: { id: string; it: Prepared; created?: { row: CaseRow; lines: MaterialLine[] } }[] = [];
      for (const it of items) {
        const id = newId(now.getTime());
        const v = it.pinned.version;
        records.push({
          id,
          // A unique stand-in that never leaves this transaction: the real number is drawn as its last write (below), so the counter row stays locked as briefly as possible.
          number: `pending:${id}`,
          applicationId,
          centerId: center.id,
          centerPath: center.path,
          departmentId: it.place.department.id,
          departmentName: it.place.department.name,
          itemId: it.itemId,
          versionId: v.id,
          itemName: v.name,
          itemCode: it.itemCode,
          caseType: v.caseType,
          state: 'received',
          applicantId: a!.id,
          applicantName: applicant.name,
          applicantIdType: applicant.idType,
          applicantIdNumber: applicant.idNumber,
          applicantPhone: applicant.phone,
          channel: req.channel,
          serviceMode: req.serviceMode,
          ticketId: req.ticketId ?? null,
          formData: { ...req.sharedFields, ...it.formData },
          situationAnswers: it.pinned.answers,
          receivedBy: who.actor.staffId,
          receivedAt: now,
          visits: 1,
          promisedVisits: v.visits,
        });
        const byId = new Map(it.checklist.map((e) => [e.materialId, e]));
        for (const m of it.pinned.materialRows) {
          const e = byId.get(m.id)!;
          lines.push({
            caseId: id,
            materialId: m.id,
            seq: m.seq,
            name: m.name,
            required: m.required,
            waivable: m.waivable,
            requiredOriginals: m.originals,
            requiredCopies: m.copies,
            status: e.status,
            originals: e.originals,
            copies: e.copies,
            defect: e.defect ?? null,
            reusedFrom: e.reusedFrom ?? null,
            waiverFormat: e.waiver?.format ?? null,
            waiverDeadline: e.waiver?.deadline ?? null,
            reason: e.reason ?? null,
            updatedAt: now,
          });
        }
        created.push({
          caseId: id,
          seq: 1,
          action: 'create',
          fromState: null,
          toState: 'received',
          actorId: who.actor.staffId,
          actorName: who.actor.name,
          actorRole: who.actor.roles.join(','),
          input: { applicationId, versionId: v.id },
          result: null,
          note: null,
          idempotencyKey: null,
          at: now,
        });
        visits.push({ id: newId(now.getTime()), caseId: id, kind: 'intake', ticketId: req.ticketId ?? null, at: now });
        // 收件并受理 goes on with the rows as written, not read back (decision 0055).
        const asWritten = req.accept ? { row: asInserted(caseRecords, records.at(-1)!), lines: lines.filter((l) => l.caseId === id).map((l) => asInserted(caseMaterials, l)) } : undefined;
        numbered.push({ id, it, created: asWritten });
      }
      // Every row of the application in one statement (foreign keys are checked at its end),
      // sent right ahead of the last one (decision 0047): nothing waits for its answer.
      await writeLater(tx, asOneStatement([
        application,
        insertRows(caseRecords, records),
        ...(lines.length ? [insertRows(caseMaterials, lines)] : []),
        actionsInsert(created),
        insertRows(caseVisits, visits),
      ]));
      // Numbers last, drawn inside the last statement (decisions 0026, 0047): the (item, day)
      // counter rows stay locked until commit, so they are drawn by the statement that writes
      // the numbers, the audit rows and the application's answer, with COMMIT right behind it.
      const draws = numbered.map(({ it }) => {
        const template = caseNumberTemplate({ code: it.itemCode, date: today });
        if (!template.ok) throw new DomainError('CASE_NUMBER_INVALID', { itemId: it.itemId, reason: template.reason });
        return { scope: `case|${caseSerialScope({ code: it.itemCode, date: today })}`, template: template.value };
      });
      // 收件并受理 (decision 0054): each case's intake.accept planned through the write path in
      // this transaction, its notices' numbers drawn with the case numbers by the one last statement.
      const accepts = req.accept ? await planAccepts(tx, who, numbered, draws.length, { publicUrl: opts?.publicUrl ?? '', now }, req.idempotencyKey) : [];
      const casesWith = (numberOf: (i: number) => string): IntakeResultData['cases'] =>
        numbered.map(({ id, it }, i) => ({ id, number: numberOf(i), itemId: it.itemId, itemName: it.pinned.version.name, state: accepts[i]?.resultWith(numberOf).state ?? ('received' as const) }));
      const resultWith = (numberOf: (i: number) => string): IntakeResultData => ({
        applicationId,
        applicantId: a!.id,
        cases: casesWith(numberOf),
        ...(req.accept ? { accepted: accepts.map((p) => p.resultWith(numberOf)) } : {}),
      });
      const pending = casesWith(numberToken);
      const audits = pending.map((c, i) => ({
        centerId: center.id,
        action: 'case.intake',
        objectId: c.id,
        summary: { number: c.number, itemId: c.itemId, versionId: numbered[i]!.it.pinned.version.id, applicant: maskName(applicant.name) },
      }));
      const numbers = await drawAndCommit(
        tx,
        [...draws, ...accepts.flatMap((p) => p.draws)],
        (stamp) => [
          // An accepted case gets its number with its projection (one UPDATE of a row per statement).
          ...(accepts.length ? [] : [numberCases(pending.map((c, i) => ({ id: c.id, number: stamp.number(i) })))]),
          auditCaseInsert(who, audits, stamp.jsonText),
          sql`UPDATE ${caseApplications} SET result = ${stamp.json(resultWith(numberToken))} WHERE id = ${applicationId}`,
          ...accepts.flatMap((p) => p.writes(stamp)),
          ...restampMessages(accepts.flatMap((p) => p.messageRefs), stamp.text),
        ],
        (i) => (i < numbered.length ? new DomainError('CASE_NUMBER_INVALID', { itemId: numbered[i]!.it.itemId, reason: 'serialOutOfRange' }) : accepts.find((p) => p.owns(i))!.outOfRange(i)),
      );
      const numberOf = (i: number) => numbers[i]!;
      const result = resultWith(numberOf);
      for (const c of result.cases) publishAfterCommit(tx, { caseId: c.id, centerId: center.id, number: c.number, action: 'create', state: 'received', at: now });
      for (const p of accepts) p.publish(numberOf);
      // The answer as a retry reads it back (JSON): the same result either way.
      return req.accept ? (JSON.parse(JSON.stringify(result)) as IntakeResultData) : result;
    });
  } catch (e) {
    // The same key raced in from a retry: the first one won; answer with its result.
    if (isUniqueViolation(e, 'case_application_idem_uq')) {
      const first = await findApplicationByKey(db, who.actor.staffId, req.idempotencyKey);
      if (first) return first;
    }
    throw e;
  }
}
