// The special steps' records (issue #17, decision 0036): one use case per record kind, each in
// one transaction (check the case's state, scope and department; draw the record's number;
// write; audit). The joint inspection record takes photos and one signature per participating
// department under its row lock. The hearing's notices are case actions (hearing.effects.ts).
import {
  allowedActions,
  checkHeld,
  checkSignature,
  declaredSpecialSteps,
  hearingView,
  recordDocument,
  specialRecordInfo,
  unsignedDepartments,
  type HearingAction,
  type InspectionData,
  type InspectionSignature,
  type SpecialRecordData,
  type SpecialRecordKind,
} from '../../../../../domain/case/index.ts';
import type { CollectiveInput, ExpertReviewInput, HearingRecordInput, InspectionInput, PendingSignatures, SpecialRecordView, SpecialStepsView } from '../../../../../contract/special.ts';
import { DomainError } from '../../../../../domain/errors/index.ts';
import type { Actor } from '../../../../platform/context.ts';
import type { Db } from '../../../../platform/db/types.ts';
import type { FileStore } from '../../../../platform/files/index.ts';
import { newId } from '../../../../platform/ids.ts';
import { calendarCall, chinaToday } from '../../../calendar/index.ts';
import { departmentsAround, findDepartment, findStaff } from '../../../org/index.ts';
import { auditCase } from '../../case.actor.ts';
import { loadPinned, loadPlace, type Place } from '../../case.pinned.ts';
import { drawSerials, findCase, type CaseRow } from '../../case.queries.ts';
import { statusOf } from '../../case.rules.ts';
import { readableCase } from '../../read/page.read.ts';
import { hearingLogOfCase, hearingOk } from './hearing.effects.ts';
import { findRecord, insertSpecialRecord, pendingSignaturesOf, recordsOfCase, updateSpecialRecord, type SpecialRecordRow } from './special.queries.ts';

type Who = { actor: Actor; ip: string };
const hearingActionList: readonly HearingAction[] = ['hearing.inform', 'hearing.request', 'hearing.schedule'];
const photoTypes = ['jpeg', 'png', 'webp'] as const;

async function departmentOf(db: Db, actor: Actor): Promise<string | null> {
  return (await findStaff(db, actor.staffId))?.departmentId ?? null;
}

/** Which records a viewer sees: all of them in the case's department; else the inspections it takes part in. */
function visibleTo(records: SpecialRecordRow[], row: CaseRow, dept: string | null): SpecialRecordRow[] {
  if (dept && row.departmentId === dept) return records;
  return records.filter((r) => r.kind === 'inspection' && (r.data as unknown as InspectionData).departments.some((d) => d.id === dept));
}

function dataOf(r: SpecialRecordRow): SpecialRecordData {
  return { kind: r.kind, data: r.data } as unknown as SpecialRecordData;
}

function toView(r: SpecialRecordRow, row: CaseRow, place: Place, dept: string | null): SpecialRecordView {
  const meta = { number: r.number, caseNumber: row.number, itemName: row.itemName, applicantName: row.applicantName, agencyName: place.department.name, createdOn: chinaToday(r.createdAt) };
  const inspection = r.kind === 'inspection' ? (r.data as unknown as InspectionData) : null;
  return {
    id: r.id,
    caseId: r.caseId,
    kind: r.kind,
    title: specialRecordInfo[r.kind].title,
    number: r.number,
    data: r.data,
    photos: r.photos,
    signatures: r.signatures,
    unsigned: inspection ? unsignedDepartments(inspection, r.signatures) : [],
    canSign: !!inspection && checkSignature(inspection, r.signatures, dept).ok,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    document: recordDocument(dataOf(r), meta, r.signatures, r.photos),
  };
}

export async function specialSteps(db: Db, actor: Actor, caseId: string, now = new Date()): Promise<SpecialStepsView> {
  const row = await readableCase(db, actor, caseId);
  const [dept, pinned, place, records, log, around] = await Promise.all([
    departmentOf(db, actor),
    loadPinned(db, row.versionId),
    loadPlace(db, row.centerId, row.departmentId),
    recordsOfCase(db, caseId),
    hearingLogOfCase(db, caseId),
    departmentsAround(db, actor),
  ]);
  const owner = !!dept && dept === row.departmentId;
  const visible = visibleTo(records, row, dept);
  if (!owner && visible.length === 0) throw new DomainError('SPECIAL_RECORD_NOT_FOUND', { caseId });
  const today = chinaToday(now);
  const hearing = calendarCall(() => hearingView(log, today, place.calendar));
  const byPhase: Record<HearingAction, boolean> = { 'hearing.inform': hearing.phase === 'none', 'hearing.request': hearing.phase === 'informed', 'hearing.schedule': hearing.phase === 'requested' };
  const allowed = owner ? allowedActions(statusOf(row), actor.roles, pinned.facts) : [];
  return {
    caseId,
    caseNumber: row.number,
    caseState: row.state,
    paused: row.paused,
    owner,
    declared: declaredSpecialSteps({ specialProcedures: pinned.version.specialProcedures ?? [], process: pinned.version.process ?? [] }),
    hearing,
    hearingActions: hearingActionList.filter((a) => allowed.includes(a) && byPhase[a]),
    departments: around.filter((d) => d.active && d.centerPath === row.centerPath && d.id !== row.departmentId).map((d) => ({ id: d.id, name: d.name })),
    records: visible.map((r) => toView(r, row, place, dept)),
  };
}

/** The case, open for special steps, and the actor's department, which must be the case's. */
async function ownCase(tx: Db, actor: Actor, caseId: string): Promise<CaseRow> {
  const row = await readableCase(tx, actor, caseId);
  if (row.state !== 'accepted' && row.state !== 'in_review') throw new DomainError('SPECIAL_CASE_NOT_OPEN', { state: row.state });
  if ((await departmentOf(tx, actor)) !== row.departmentId) throw new DomainError('SPECIAL_NOT_CASE_DEPARTMENT');
  return row;
}

/** Insert a numbered record of `kind`: 民政踏勘〔2026〕3号 (per department abbreviation and year). */
async function createRecord(tx: Db, who: Who, row: CaseRow, kind: SpecialRecordKind, data: object, now: Date): Promise<string> {
  const place = await loadPlace(tx, row.centerId, row.departmentId);
  const year = chinaToday(now).slice(0, 4);
  const abbr = place.department.abbreviation;
  const [serial] = await drawSerials(tx, [`special|${kind}|${abbr}|${year}`]);
  const number = `${abbr}${specialRecordInfo[kind].abbreviation}〔${year}〕${serial}号`;
  const id = newId(now.getTime());
  await insertSpecialRecord(tx, {
    id,
    caseId: row.id,
    centerId: row.centerId,
    centerPath: row.centerPath,
    departmentId: row.departmentId,
    kind,
    number,
    data: data as Record<string, unknown>,
    createdById: who.actor.staffId,
    createdByName: who.actor.name,
    createdAt: now,
    updatedAt: now,
  });
  await auditCase(tx, who, { centerId: row.centerId, action: `case.special.${kind}`, objectType: 'case_special_record', objectId: id, summary: { caseId: row.id, caseNumber: row.number, number } });
  return id;
}

async function recordView(db: Db, actor: Actor, caseId: string, id: string): Promise<SpecialRecordView> {
  const row = (await findCase(db, caseId))!;
  const [place, rec, dept] = await Promise.all([loadPlace(db, row.centerId, row.departmentId), findRecord(db, caseId, id), departmentOf(db, actor)]);
  return toView(rec!, row, place, dept);
}

/** 现场踏勘: the record with place, time, participants and findings; the case's department signs first. */
export async function recordInspection(db: Db, who: Who, caseId: string, input: InspectionInput, now = new Date()): Promise<SpecialRecordView> {
  const id = await db.transaction(async (tx) => {
    const row = await ownCase(tx, who.actor, caseId);
    const own = row.departmentId ? await findDepartment(tx, row.departmentId) : undefined;
    const others = [];
    for (const depId of [...new Set(input.departmentIds)].filter((d) => d !== row.departmentId)) {
      const d = await findDepartment(tx, depId);
      if (!d || !d.active || d.centerId !== row.centerId) throw new DomainError('INSPECTION_DEPARTMENT_INVALID', { departmentId: depId });
      others.push({ id: d.id, name: d.name });
    }
    const data: InspectionData = {
      place: input.place,
      inspectedAt: input.inspectedAt,
      participants: input.participants,
      findings: input.findings,
      departments: [...(own ? [{ id: own.id, name: own.name }] : []), ...others],
    };
    return createRecord(tx, who, row, 'inspection', data, now);
  });
  return recordView(db, who.actor, caseId, id);
}

/** The record, if the actor may see it (its department, or a department that takes part). */
async function visibleRecord(db: Db, actor: Actor, caseId: string, id: string, lock = false): Promise<{ row: CaseRow; rec: SpecialRecordRow; dept: string | null }> {
  const row = await readableCase(db, actor, caseId);
  const [rec, dept] = [await findRecord(db, caseId, id, lock), await departmentOf(db, actor)];
  if (!rec || visibleTo([rec], row, dept).length === 0) throw new DomainError('SPECIAL_RECORD_NOT_FOUND', { id });
  return { row, rec, dept };
}

/** A photo of the inspection, kept in the file store; shown inline on the record. */
export async function addInspectionPhoto(db: Db, files: FileStore, who: Who, caseId: string, id: string, bytes: Buffer, name: string, now = new Date()): Promise<SpecialRecordView> {
  const pre = await visibleRecord(db, who.actor, caseId, id);
  if (pre.rec.kind !== 'inspection') throw new DomainError('SPECIAL_RECORD_NOT_FOUND', { id });
  if (!Buffer.isBuffer(bytes)) throw new DomainError('FILE_TYPE_NOT_ALLOWED', { reason: 'not a file body' });
  const stored = await files.put(bytes, { allowed: photoTypes });
  await db.transaction(async (tx) => {
    const { rec } = await visibleRecord(tx, who.actor, caseId, id, true);
    if (rec.photos.some((p) => p.sha256 === stored.sha256)) return;
    const photos = [...rec.photos, { sha256: stored.sha256, name: name.slice(0, 200) || `${stored.sha256.slice(0, 12)}`, mime: stored.contentType, size: stored.size }];
    await updateSpecialRecord(tx, id, { photos, updatedAt: now, rowVersion: rec.rowVersion + 1 });
    await auditCase(tx, who, { centerId: rec.centerId, action: 'case.special.photo', objectType: 'case_special_record', objectId: id, summary: { caseId, sha256: stored.sha256, size: stored.size } });
  });
  return recordView(db, who.actor, caseId, id);
}

export async function readInspectionPhoto(db: Db, files: FileStore, actor: Actor, caseId: string, id: string, sha256: string) {
  const { rec } = await visibleRecord(db, actor, caseId, id);
  if (!rec.photos.some((p) => p.sha256 === sha256)) throw new DomainError('NOT_FOUND', { object: 'photo', id: sha256 });
  const file = await files.get(sha256);
  if (!file) throw new DomainError('NOT_FOUND', { object: 'photo', id: sha256 });
  return file;
}

/** 会签: one signature entry with its opinion per participating department, under the row lock. */
export async function signInspection(db: Db, who: Who, caseId: string, id: string, opinion: string, now = new Date()): Promise<SpecialRecordView> {
  await db.transaction(async (tx) => {
    const { rec, dept } = await visibleRecord(tx, who.actor, caseId, id, true);
    if (rec.kind !== 'inspection') throw new DomainError('SPECIAL_RECORD_NOT_FOUND', { id });
    const data = rec.data as unknown as InspectionData;
    const check = checkSignature(data, rec.signatures, dept);
    if (!check.ok) throw new DomainError(check.code, { departmentId: dept });
    const departmentName = data.departments.find((d) => d.id === dept)!.name;
    const signature: InspectionSignature = { departmentId: dept!, departmentName, staffId: who.actor.staffId, staffName: who.actor.name, opinion, signedAt: now.toISOString() };
    await updateSpecialRecord(tx, id, { signatures: [...rec.signatures, signature], updatedAt: now, rowVersion: rec.rowVersion + 1 });
    await auditCase(tx, who, { centerId: rec.centerId, action: 'case.special.sign', objectType: 'case_special_record', objectId: id, summary: { caseId, department: departmentName } });
  });
  return recordView(db, who.actor, caseId, id);
}

function notFuture(day: string, today: string, field: string): void {
  if (day > today) throw new DomainError('VALIDATION_FAILED', { field, message: '日期不能晚于今天' });
}

/** 专家评审: when the guide lists it as a §45 procedure, it is recorded while the clock is paused. */
export async function recordExpertReview(db: Db, who: Who, caseId: string, input: ExpertReviewInput, now = new Date()): Promise<SpecialRecordView> {
  const id = await db.transaction(async (tx) => {
    const row = await ownCase(tx, who.actor, caseId);
    notFuture(input.heldOn, chinaToday(now), 'heldOn');
    const pinned = await loadPinned(tx, row.versionId);
    const declared = declaredSpecialSteps({ specialProcedures: pinned.version.specialProcedures ?? [], process: pinned.version.process ?? [] }).expertReview;
    if (declared.pausesClock && !row.paused) throw new DomainError('EXPERT_REVIEW_NOT_PAUSED');
    return createRecord(tx, who, row, 'expert_review', input, now);
  });
  return recordView(db, who.actor, caseId, id);
}

/** 听证笔录: on the day the hearing was noticed for (§48). */
export async function recordHearing(db: Db, who: Who, caseId: string, input: HearingRecordInput, now = new Date()): Promise<SpecialRecordView> {
  const id = await db.transaction(async (tx) => {
    const row = await ownCase(tx, who.actor, caseId);
    hearingOk(checkHeld(await hearingLogOfCase(tx, caseId), input.heldOn, chinaToday(now)));
    return createRecord(tx, who, row, 'hearing_record', input, now);
  });
  return recordView(db, who.actor, caseId, id);
}

/** 集体研究: participants, date, conclusion and the record. */
export async function recordCollective(db: Db, who: Who, caseId: string, input: CollectiveInput, now = new Date()): Promise<SpecialRecordView> {
  const id = await db.transaction(async (tx) => {
    const row = await ownCase(tx, who.actor, caseId);
    notFuture(input.heldOn, chinaToday(now), 'heldOn');
    return createRecord(tx, who, row, 'collective', input, now);
  });
  return recordView(db, who.actor, caseId, id);
}

export async function specialRecordForPrint(db: Db, actor: Actor, caseId: string, id: string): Promise<SpecialRecordView> {
  await visibleRecord(db, actor, caseId, id);
  return recordView(db, actor, caseId, id);
}

/** Joint inspection records of the actor's center scope waiting for its department's signature. */
export async function pendingSignatures(db: Db, actor: Actor): Promise<PendingSignatures> {
  const dept = await departmentOf(db, actor);
  if (!dept) return { items: [] };
  const rows = await pendingSignaturesOf(db, dept, actor.centerPath);
  return { items: rows.map((r) => ({ caseId: r.caseId, caseNumber: r.caseNumber, recordId: r.recordId, number: r.number, place: String((r.data as { place?: string }).place ?? ''), createdByName: r.createdByName, createdAt: r.createdAt.toISOString() })) };
}
