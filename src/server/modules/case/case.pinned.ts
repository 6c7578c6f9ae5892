// What a case needs from its pinned item version and its center, read outside the case's
// transaction (a published version never changes, so no lock is needed) and kept in this
// process (decision 0026): a pinned version for as long as it is used (it is immutable), a
// center's place for a couple of seconds (a renamed center or department reaches notices
// within that time). Every action read them afresh before: 13 of ~70 statements per intake.
import type { ItemFacts, OutcomeItem, PinnedMaterial } from '../../../domain/case/index.ts';
import type { WorkCalendar } from '../../../domain/calendar/index.ts';
import { materialsForAnswers, situationAnswerProblems, type ChosenAnswer, type SituationAnswers } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { cacheFor } from '../../platform/db/pipelined.ts';
import type { Db } from '../../platform/db/types.ts';
import { chinaToday, loadDeadlineCalendar } from '../calendar/index.ts';
import { findVersion, materialsOf, type VersionRowOf } from '../catalog/index.ts';
// Read-only lookups of org rows (names, phone, region); org's public face has no finders yet.
import { findCenter, findDepartment, regionNameOf, type CenterRow } from '../org/index.ts';

export interface Pinned {
  version: VersionRowOf;
  materials: PinnedMaterial[];
  /** Materials as the checklist stores them (with their order and counts). */
  materialRows: { id: string; seq: number; name: string; originals: number; copies: number; required: boolean; waivable: boolean }[];
  outcomeItem: OutcomeItem;
  facts: ItemFacts;
  /** 情形 answers the case was taken in with, and what they chose (decision 0029). */
  answers: SituationAnswers;
  answered: ChosenAnswer[];
  /** 受理条件: the version's and the chosen options'. */
  conditions: string[];
  /** Materials the answers removed → the answer that removed each (the line's 不适用 reason). */
  dropped: Map<string, string>;
}

const PINNED_KEPT = 500;
type VersionRows = { version: VersionRowOf; rows: MaterialRowOf[] };
const pinnedCaches = new WeakMap<object, Map<string, Promise<VersionRows>>>();

/** The version and its materials, read once per process: a published version's rows never change. */
function versionRows(db: Db, versionId: string): Promise<VersionRows> {
  const cache = cacheFor(pinnedCaches, db);
  const hit = cache.get(versionId);
  if (hit) return hit;
  if (cache.size >= PINNED_KEPT) cache.delete(cache.keys().next().value!);
  const loading = readVersionRows(db, versionId);
  cache.set(versionId, loading);
  loading.catch(() => cache.delete(versionId)); // a failed read (or a missing version) is not kept
  return loading;
}

async function readVersionRows(db: Db, versionId: string): Promise<VersionRows> {
  const version = await findVersion(db, versionId);
  if (!version) throw new DomainError('CASE_ITEM_NOT_AVAILABLE', { versionId });
  return { version, rows: await materialsOf(db, versionId) };
}

/**
 * The version's materials as this case's answers tailor them: a removed material stays a line
 * of the checklist (不适用, with the answer as reason) but is never required; a material an
 * answer requires is required. Unanswered questions leave the published list as it is.
 */
export async function loadPinned(db: Db, versionId: string, answers: SituationAnswers = {}): Promise<Pinned> {
  const { version, rows } = await versionRows(db, versionId);
  const problems = situationAnswerProblems(version.situations, answers);
  if (problems.length) throw new DomainError('CASE_SITUATION_INVALID', { versionId, problems });
  const tailored = materialsForAnswers({ situations: version.situations, materials: rows, acceptanceConditions: version.acceptanceConditions }, answers);
  const dropped = new Map(tailored.dropped.map((d) => [d.material.id, d.because]));
  const requiredNow = new Map(tailored.materials.map((m) => [m.id, m.required]));
  const tailoredRows = rows.map((m) => ({ ...m, required: requiredNow.get(m.id) ?? false }));
  return { ...pinnedOf(version, tailoredRows), answers, answered: tailored.answered, conditions: tailored.conditions, dropped };
}

type MaterialRowOf = Awaited<ReturnType<typeof materialsOf>>[number];

function pinnedOf(version: VersionRowOf, rows: MaterialRowOf[]): Omit<Pinned, 'answers' | 'answered' | 'conditions' | 'dropped'> {
  const materials: PinnedMaterial[] = rows.map((m) => ({
    id: m.id,
    name: m.name,
    originals: m.originals,
    copies: m.copies,
    required: m.required,
    waivable: m.waivable,
    exemptWhenShared: m.exemptWhenShared,
  }));
  return {
    version,
    materials,
    materialRows: rows.map((m) => ({ id: m.id, seq: m.seq, name: m.name, originals: m.originals, copies: m.copies, required: m.required, waivable: m.waivable })),
    outcomeItem: { caseType: version.caseType, commitmentEligible: version.commitmentEligible, materials },
    facts: { instant: version.caseType === 'instant', waiverAllowed: materials.some((m) => m.waivable), commitmentEligible: version.commitmentEligible, ...(version.caseType === 'joint' ? { joint: true } : {}) },
  };
}

export interface Place {
  center: CenterRow;
  regionName: string;
  calendar: WorkCalendar;
  /** Years the calendar counts Monday to Friday because their days off are not imported yet (due dates there are provisional). */
  provisionalYears: number[];
  /** The department whose name, abbreviation (机关代字) and seal the notices carry. */
  department: { id: string; name: string; abbreviation: string };
}

/** How long a center's rows are reused: its name, phone and address may be edited any time. */
const PLACE_KEPT_MS = 2000;
type Where = Omit<Place, 'calendar' | 'provisionalYears'>;
const whereCaches = new WeakMap<object, Map<string, { at: number; where: Promise<Where> }>>();

export async function loadPlace(db: Db, centerId: string, departmentId: string | null): Promise<Place> {
  const cache = cacheFor(whereCaches, db);
  const key = `${centerId}|${departmentId ?? ''}`;
  const now = Date.now();
  let hit = cache.get(key);
  if (!hit || now - hit.at >= PLACE_KEPT_MS) {
    if (cache.size >= PINNED_KEPT) cache.clear();
    const where = readWhere(db, centerId, departmentId);
    cache.set(key, (hit = { at: now, where }));
    where.catch(() => cache.delete(key));
  }
  const where = await hit.where;
  // The calendar keeps its own cache, renewed when a year's days are imported or edited.
  // Limits run at most a few months: next year is the furthest a due date reaches.
  const throughYear = Number(chinaToday(new Date()).slice(0, 4)) + 1;
  const { calendar, provisionalYears } = await loadDeadlineCalendar(db, where.center.regionCode, throughYear);
  return { ...where, calendar, provisionalYears };
}

async function readWhere(db: Db, centerId: string, departmentId: string | null): Promise<Where> {
  const center = await findCenter(db, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const regionName = await regionNameOf(db, center.regionCode);
  const dept = departmentId ? await findDepartment(db, departmentId) : undefined;
  const department = dept
    ? { id: dept.id, name: dept.name, abbreviation: dept.shortName ?? dept.name.replace(/(局|委员会|中心)$/, '') }
    : { id: center.id, name: center.name, abbreviation: center.name.slice(0, 4) };
  return { center, regionName, department };
}
