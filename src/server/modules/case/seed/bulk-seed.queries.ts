// SQL of the bulk case seed (decision 0027): whole batches as one JSON parameter each, unpacked
// by jsonb_to_recordset, so 10,000 cases cost a handful of statements on either database.
// Test data generation only: nothing here is reachable from a route.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/types.ts';

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);

/** Reserve `count` serials on each counter scope; answers each scope's new last serial. */
export async function reserveSerials(tx: Db, scopes: { scope: string; count: number }[]): Promise<Map<string, number>> {
  const r = await tx.execute(sql`
    INSERT INTO case_number_counter (scope, last)
    SELECT s.scope, s.count FROM jsonb_to_recordset(${JSON.stringify(scopes)}::jsonb) AS s(scope text, count int)
    ON CONFLICT (scope) DO UPDATE SET last = case_number_counter.last + excluded.last
    RETURNING scope, last`);
  return new Map(rowsOf<{ scope: string; last: number }>(r).map((x) => [x.scope, Number(x.last)]));
}

/**
 * Applicants seen for the first time are inserted; one seen before keeps its row (found again
 * by ID, as intake does). Answers the applicant id of every (id type, ID number) of the batch.
 */
export async function upsertApplicants(tx: Db, json: string): Promise<Map<string, string>> {
  const r = await tx.execute(sql`
    WITH a AS (SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS a(id text, kind text, id_type text, id_number text, name text, legal_representative text, phone text, address text, at timestamptz)),
    added AS (
      INSERT INTO applicant (id, kind, id_type, id_number, name, legal_representative, phone, address, created_at, updated_at)
      SELECT DISTINCT ON (a.id_type, a.id_number) a.id, a.kind, a.id_type, a.id_number, a.name, a.legal_representative, a.phone, a.address, a.at, a.at
      FROM a ORDER BY a.id_type, a.id_number, a.at
      ON CONFLICT (id_type, id_number) DO NOTHING
      RETURNING id, id_type, id_number)
    SELECT id, id_type, id_number FROM added
    UNION ALL
    SELECT p.id, p.id_type, p.id_number FROM applicant p WHERE (p.id_type, p.id_number) IN (SELECT id_type, id_number FROM a)`);
  return new Map(rowsOf<{ id: string; id_type: string; id_number: string }>(r).map((x) => [`${x.id_type}|${x.id_number}`, x.id]));
}

/**
 * The cases of a batch in one statement (the JSON is parsed once): per case its application
 * (一表申请 of one item), the projection row, the history (one action row per step, seq 1 =
 * 'create'), the 'intake' visit and the checklist, one line per material of the pinned version
 * (templates), all received with the counts the guide asks except the one line a case lacks
 * (补正: missing; 容缺: waived). Foreign keys are checked at the statement's end, when the
 * applications the cases point at are there.
 */
export async function insertCases(tx: Db, json: string, templatesJson: string): Promise<void> {
  await tx.execute(sql`
    WITH c AS MATERIALIZED (
      SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS c(id text, number text, application_id text, visit_id text, center_id text, center_path text, department_id text,
        department_name text, item_id text, version_id text, item_name text, item_code text, case_type text, state text, awaiting_correction boolean, waiver_pending boolean,
        commitment_pending boolean, decision text, applicant_id text, applicant_name text, id_type text, id_number text, phone text, channel text, service_mode text,
        form_data jsonb, received_by text, received_at timestamptz, accepted_at timestamptz, decided_at timestamptz, concluded_at timestamptz, accepted_on date,
        promised_due date, legal_due date, waiver_due date, promised_visits smallint, missing_seq int, waived_seq int, history jsonb)),
    applications AS (
      INSERT INTO case_application (id, center_id, applicant_id, agent, channel, service_mode, ticket_id, shared_fields, created_by, idempotency_key, result, created_at)
      SELECT c.application_id, c.center_id, c.applicant_id, NULL, c.channel, c.service_mode, NULL, '{}'::jsonb, c.received_by, 'seed:' || c.id, NULL, c.received_at FROM c),
    records AS (
      INSERT INTO case_record (id, number, application_id, center_id, center_path, department_id, department_name, item_id, version_id, item_name, item_code, case_type,
        state, awaiting_correction, waiver_pending, commitment_pending, paused, decision, applicant_id, applicant_name, applicant_id_type, applicant_id_number, applicant_phone,
        channel, service_mode, ticket_id, form_data, received_by, received_at, accepted_at, decided_at, concluded_at, accepted_on, promised_due, legal_due, waiver_due, verify_due,
        visits, promised_visits, row_version)
      SELECT c.id, c.number, c.application_id, c.center_id, c.center_path, c.department_id, c.department_name, c.item_id, c.version_id, c.item_name, c.item_code, c.case_type,
        c.state, c.awaiting_correction, c.waiver_pending, c.commitment_pending, false, c.decision, c.applicant_id, c.applicant_name, c.id_type, c.id_number, c.phone,
        c.channel, c.service_mode, NULL, c.form_data, c.received_by, c.received_at, c.accepted_at, c.decided_at, c.concluded_at, c.accepted_on, c.promised_due, c.legal_due,
        c.waiver_due, NULL, 1, c.promised_visits, jsonb_array_length(c.history) FROM c),
    actions AS (
      INSERT INTO case_action (case_id, seq, action, from_state, to_state, actor_id, actor_name, actor_role, input, result, note, idempotency_key, at)
      SELECT c.id, h.ord::int, h.e->>'action', h.e->>'from', h.e->>'to', h.e->>'actorId', h.e->>'actorName', h.e->>'role',
        CASE WHEN h.ord = 1 THEN jsonb_build_object('applicationId', c.application_id, 'versionId', c.version_id) END, NULL, NULL,
        CASE WHEN h.ord = 1 THEN NULL ELSE 'seed:' || h.ord END, (h.e->>'at')::timestamptz
      FROM c CROSS JOIN LATERAL jsonb_array_elements(c.history) WITH ORDINALITY AS h(e, ord)),
    visits AS (
      INSERT INTO case_visit (id, case_id, kind, ticket_id, at) SELECT c.visit_id, c.id, 'intake', NULL, c.received_at FROM c)
    INSERT INTO case_material (case_id, material_id, seq, name, required, waivable, required_originals, required_copies, status, originals, copies, scans, defect, reused_from,
      waiver_format, waiver_deadline, reason, updated_at)
    SELECT c.id, m.material_id, m.seq, m.name, m.required, m.waivable, m.originals, m.copies,
      CASE WHEN m.seq = c.missing_seq THEN 'missing' WHEN m.seq = c.waived_seq THEN 'waived' ELSE 'received' END,
      CASE WHEN m.seq IN (c.missing_seq, c.waived_seq) THEN 0 ELSE m.originals END,
      CASE WHEN m.seq IN (c.missing_seq, c.waived_seq) THEN 0 ELSE m.copies END,
      '[]'::jsonb, NULL, NULL,
      CASE WHEN m.seq = c.waived_seq THEN '原件' END, CASE WHEN m.seq = c.waived_seq THEN c.waiver_due END, NULL, c.received_at
    FROM c JOIN jsonb_to_recordset(${templatesJson}::jsonb) AS m(version_id text, material_id text, seq int, name text, required boolean, waivable boolean, originals smallint, copies smallint)
      ON m.version_id = c.version_id`);
}

/**
 * After a bulk load: planner statistics, and the visibility map that lets counts run from an
 * index alone (autovacuum would get there, later). Outside any transaction.
 */
export async function vacuumCaseTables(db: Db): Promise<void> {
  for (const table of ['applicant', 'case_application', 'case_record', 'case_action', 'case_visit', 'case_material', 'case_number_counter']) {
    await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
  }
}
