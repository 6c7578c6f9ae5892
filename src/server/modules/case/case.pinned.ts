// What a case needs from its pinned item version and its center: read once per request,
// outside the case's transaction (a published version never changes, so no lock is needed).
import type { ItemFacts, OutcomeItem, PinnedMaterial } from '../../../domain/case/index.ts';
import type { WorkCalendar } from '../../../domain/calendar/index.ts';
import { materialsForAnswers, situationAnswerProblems, type ChosenAnswer, type SituationAnswers } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
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

/**
 * The version's materials as this case's answers tailor them: a removed material stays a line
 * of the checklist (不适用, with the answer as reason) but is never required; a material an
 * answer requires is required. Unanswered questions leave the published list as it is.
 */
export async function loadPinned(db: Db, versionId: string, answers: SituationAnswers = {}): Promise<Pinned> {
  const version = await findVersion(db, versionId);
  if (!version) throw new DomainError('CASE_ITEM_NOT_AVAILABLE', { versionId });
  const problems = situationAnswerProblems(version.situations, answers);
  if (problems.length) throw new DomainError('CASE_SITUATION_INVALID', { versionId, problems });
  const rows = await materialsOf(db, versionId);
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
    facts: { instant: version.caseType === 'instant', waiverAllowed: materials.some((m) => m.waivable), commitmentEligible: version.commitmentEligible },
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

export async function loadPlace(db: Db, centerId: string, departmentId: string | null): Promise<Place> {
  const center = await findCenter(db, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const regionName = await regionNameOf(db, center.regionCode);
  const dept = departmentId ? await findDepartment(db, departmentId) : undefined;
  const department = dept
    ? { id: dept.id, name: dept.name, abbreviation: dept.shortName ?? dept.name.replace(/(局|委员会|中心)$/, '') }
    : { id: center.id, name: center.name, abbreviation: center.name.slice(0, 4) };
  // Limits run at most a few months: next year is the furthest a due date reaches.
  const throughYear = Number(chinaToday(new Date()).slice(0, 4)) + 1;
  const { calendar, provisionalYears } = await loadDeadlineCalendar(db, center.regionCode, throughYear);
  return { center, regionName, calendar, provisionalYears, department };
}
