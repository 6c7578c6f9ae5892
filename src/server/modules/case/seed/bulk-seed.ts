// 批量造数 (decision 0027): stores generated cases in bulk for benchmarks and load tests: a
// million cases in minutes instead of the hours the one write path would take. This is test
// data generation, not a write path: no route reaches it, nothing is audited, no event or
// notice leaves. What it keeps true: numbers drawn from the same (item, day) counters as intake
// (so later intakes continue the sequence), the history rows that the projection claims, and
// one checklist line per material of the pinned version.
import type { CaseAction, CaseState } from '../../../../domain/case/index.ts';
import { caseSerialScope, formatCaseNumber } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { chinaToday } from '../../calendar/index.ts';
import { sql } from 'drizzle-orm';
import { vacuumCaseTables, insertCases, reserveSerials, upsertApplicants } from './bulk-seed.queries.ts';

export interface BulkSeedStep {
  action: CaseAction | 'create';
  from: CaseState | null;
  to: CaseState;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  role: string;
}

export interface BulkSeedCase {
  id: string;
  applicationId: string;
  visitId: string;
  centerId: string;
  centerPath: string;
  departmentId: string | null;
  departmentName: string;
  itemId: string;
  versionId: string;
  itemName: string;
  itemCode: string;
  caseType: string;
  state: CaseState;
  awaitingCorrection: boolean;
  waiverPending: boolean;
  commitmentPending: boolean;
  decision: 'approved' | 'refused' | null;
  applicant: { kind: 'person' | 'enterprise'; idType: '111' | 'uscc'; idNumber: string; name: string; legalRepresentative: string | null; phone: string; address: string | null };
  channel: string;
  serviceMode: string;
  formData: Record<string, unknown>;
  receivedBy: string;
  receivedAt: Date;
  acceptedAt: Date | null;
  decidedAt: Date | null;
  concludedAt: Date | null;
  acceptedOn: string | null;
  promisedDue: string | null;
  legalDue: string | null;
  waiverDue: string | null;
  promisedVisits: number | null;
  /** The material (by seq) still missing (补正) or waived (容缺); every other line is received. */
  missingSeq: number | null;
  waivedSeq: number | null;
  /** Every action of the case's life, the first one 'create'. */
  history: BulkSeedStep[];
}

export interface BulkSeedMaterial {
  versionId: string;
  materialId: string;
  seq: number;
  name: string;
  required: boolean;
  waivable: boolean;
  originals: number;
  copies: number;
}

/**
 * Store one batch in one transaction. Cases must come in the order they were received: each
 * (item, day) counter is advanced once by the batch's count and the serials handed out in that
 * order, so numbers stay consecutive per item and day across batches. Answers the numbers.
 */
export async function bulkSeedCases(db: Db, cases: readonly BulkSeedCase[], materials: readonly BulkSeedMaterial[]): Promise<string[]> {
  if (!cases.length) return [];
  const scopes = cases.map((c) => `case|${caseSerialScope({ code: c.itemCode, date: chinaToday(c.receivedAt) })}`);
  const counts = new Map<string, number>();
  for (const s of scopes) counts.set(s, (counts.get(s) ?? 0) + 1);
  return db.transaction(async (tx) => {
    const last = await reserveSerials(tx, [...counts].map(([scope, count]) => ({ scope, count })));
    const next = new Map([...counts].map(([scope, count]) => [scope, last.get(scope)! - count + 1]));
    const numbers = cases.map((c, i) => {
      const serial = next.get(scopes[i]!)!;
      next.set(scopes[i]!, serial + 1);
      const n = formatCaseNumber({ code: c.itemCode, date: chinaToday(c.receivedAt), serial });
      if (!n.ok) throw new Error(`case number for ${c.itemCode}: ${n.reason}`);
      return n.value;
    });
    // A bulk load may lose its last batch in a crash; the seed is rerun anyway.
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    const applicantIds = await upsertApplicants(
      tx,
      JSON.stringify(
        cases.map((c) => ({
          id: c.id,
          kind: c.applicant.kind,
          id_type: c.applicant.idType,
          id_number: c.applicant.idNumber,
          name: c.applicant.name,
          legal_representative: c.applicant.legalRepresentative,
          phone: c.applicant.phone,
          address: c.applicant.address,
          at: c.receivedAt,
        })),
      ),
    );
    const rows = cases.map((c, i) => ({
      id: c.id,
      number: numbers[i],
      application_id: c.applicationId,
      visit_id: c.visitId,
      center_id: c.centerId,
      center_path: c.centerPath,
      department_id: c.departmentId,
      department_name: c.departmentName,
      item_id: c.itemId,
      version_id: c.versionId,
      item_name: c.itemName,
      item_code: c.itemCode,
      case_type: c.caseType,
      state: c.state,
      awaiting_correction: c.awaitingCorrection,
      waiver_pending: c.waiverPending,
      commitment_pending: c.commitmentPending,
      decision: c.decision,
      applicant_id: applicantIds.get(`${c.applicant.idType}|${c.applicant.idNumber}`),
      applicant_name: c.applicant.name,
      id_type: c.applicant.idType,
      id_number: c.applicant.idNumber,
      phone: c.applicant.phone,
      channel: c.channel,
      service_mode: c.serviceMode,
      form_data: c.formData,
      received_by: c.receivedBy,
      received_at: c.receivedAt,
      accepted_at: c.acceptedAt,
      decided_at: c.decidedAt,
      concluded_at: c.concludedAt,
      accepted_on: c.acceptedOn,
      promised_due: c.promisedDue,
      legal_due: c.legalDue,
      waiver_due: c.waiverDue,
      promised_visits: c.promisedVisits,
      missing_seq: c.missingSeq,
      waived_seq: c.waivedSeq,
      history: c.history,
    }));
    const templates = materials.map((m) => ({
      version_id: m.versionId,
      material_id: m.materialId,
      seq: m.seq,
      name: m.name,
      required: m.required,
      waivable: m.waivable,
      originals: m.originals,
      copies: m.copies,
    }));
    await insertCases(tx, JSON.stringify(rows), JSON.stringify(templates));
    return numbers;
  });
}

/** After the last batch: statistics and visibility map for the new rows. */
export const afterBulkSeed = (db: Db) => vacuumCaseTables(db);
