// The special steps' HTTP contract (issue #17, decision 0036): the records of a site inspection
// (one joint record signed by each participating department), an expert review, a hearing and
// a collective discussion, each printable as a numbered PDF and a /print page. The hearing's
// notices (told of the right, request, notice) are case actions: POST /cases/:id/actions with
// `hearing` (hearing.inform, hearing.request, hearing.schedule).
//
// Routes (approver and department head; the case's center scope, and its department or a
// department that takes part in one of its inspections):
//   GET  /api/v1/cases/:id/special                                 task.work → SpecialStepsView
//   POST /api/v1/cases/:id/special/inspections                     task.work InspectionInput → SpecialRecordView
//   POST /api/v1/cases/:id/special/records/:recordId/photos        task.work raw image body, ?name= → SpecialRecordView
//   GET  /api/v1/cases/:id/special/records/:recordId/photos/:sha256 task.work → the photo
//   POST /api/v1/cases/:id/special/records/:recordId/signatures    task.work SignatureInput → SpecialRecordView
//   POST /api/v1/cases/:id/special/expert-reviews                  task.work ExpertReviewInput → SpecialRecordView
//   POST /api/v1/cases/:id/special/hearing-records                 task.work HearingRecordInput → SpecialRecordView
//   POST /api/v1/cases/:id/special/collective-discussions          task.work CollectiveInput → SpecialRecordView
//   GET  /api/v1/cases/:id/special/records/:recordId               task.work → SpecialRecordView (the /print page)
//   GET  /api/v1/cases/:id/special/records/:recordId/pdf           task.work → the numbered PDF
//   GET  /api/v1/special/pending-signatures                        task.work → joint records waiting for my department
import { z } from 'zod';
import { specialRecordKinds } from '../domain/case/special/kinds.ts';
import { isoDate, timestamp, uuid, type Json } from './common.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** `hearing` of a case action: what the hearing step records (dates are checked on the server). */
export const HearingActionInput = z.object({
  parties: z.array(text(100)).max(20).optional(),
  ground: z.string().trim().max(500).optional(),
  requestedOn: isoDate.optional(),
  requestedBy: z.string().trim().max(100).optional(),
  scheduledOn: isoDate.optional(),
  place: z.string().trim().max(200).optional(),
});
export type HearingActionInput = Json<typeof HearingActionInput>;

export const InspectionInput = z.object({
  place: text(200),
  inspectedAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, { message: '踏勘时间格式应为 YYYY-MM-DD HH:mm' }),
  participants: z.array(z.object({ name: text(50), unit: text(100) })).min(1).max(30),
  findings: text(4000),
  /** Departments that take part and sign the joint record, besides the case's own. */
  departmentIds: z.array(uuid).max(20).default([]),
});
export type InspectionInput = Json<typeof InspectionInput>;

export const SignatureInput = z.object({ opinion: text(2000) });

export const ExpertReviewInput = z.object({
  heldOn: isoDate,
  experts: z.array(z.object({ name: text(50), title: z.string().trim().max(50).default(''), unit: z.string().trim().max(100).default('') })).min(1).max(30),
  opinion: text(4000),
  conclusion: text(500),
});
export type ExpertReviewInput = Json<typeof ExpertReviewInput>;

export const HearingRecordInput = z.object({
  heldOn: isoDate,
  place: text(200),
  presiding: text(50),
  recorder: text(50),
  participants: z.array(z.object({ name: text(50), role: text(50) })).min(1).max(50),
  statements: text(8000),
  conclusion: text(2000),
});
export type HearingRecordInput = Json<typeof HearingRecordInput>;

export const CollectiveInput = z.object({
  heldOn: isoDate,
  chair: text(50),
  participants: z.array(text(50)).min(3, { message: '集体研究须至少三人参加' }).max(50),
  topic: text(500),
  conclusion: text(2000),
  record: text(8000),
});
export type CollectiveInput = Json<typeof CollectiveInput>;

const Photo = z.object({ sha256: z.string(), name: z.string(), mime: z.string(), size: z.number().int() });
const Signature = z.object({ departmentId: z.string(), departmentName: z.string(), staffId: z.string(), staffName: z.string(), opinion: z.string(), signedAt: z.string() });

export const RecordDocumentSchema = z.object({
  kind: z.enum(specialRecordKinds),
  title: z.string(),
  number: z.string(),
  caseNumber: z.string(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  tables: z.array(z.object({ caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) })),
  agency: z.object({ name: z.string(), date: z.string() }),
});

export const SpecialRecordView = z.object({
  id: uuid,
  caseId: uuid,
  kind: z.enum(specialRecordKinds),
  title: z.string(),
  number: z.string(),
  data: z.record(z.string(), z.unknown()),
  photos: z.array(Photo),
  signatures: z.array(Signature),
  /** Inspections: departments still to sign (empty once the joint record is complete). */
  unsigned: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The viewer's department may sign now. */
  canSign: z.boolean(),
  createdByName: z.string(),
  createdAt: timestamp,
  document: RecordDocumentSchema,
});
export type SpecialRecordView = Json<typeof SpecialRecordView>;

const Declared = z.object({ declared: z.boolean(), names: z.array(z.string()), pausesClock: z.boolean() });

export const HearingViewSchema = z.object({
  phase: z.enum(['none', 'informed', 'lapsed', 'requested', 'noticed', 'held']),
  toldOn: isoDate.nullable(),
  parties: z.array(z.string()),
  ground: z.string().nullable(),
  requestedOn: isoDate.nullable(),
  requestedBy: z.string().nullable(),
  scheduledOn: isoDate.nullable(),
  place: z.string().nullable(),
  noticeSentOn: isoDate.nullable(),
  heldOn: isoDate.nullable(),
  requestBy: isoDate.nullable(),
  holdBy: isoDate.nullable(),
  earliestHearing: isoDate.nullable(),
});

export const SpecialStepsView = z.object({
  caseId: uuid,
  caseNumber: z.string(),
  caseState: z.string(),
  paused: z.boolean(),
  /** The viewer belongs to the case's department (records and hearing steps are theirs). */
  owner: z.boolean(),
  declared: z.object({ inspection: Declared, expertReview: Declared, hearing: Declared, collective: Declared }),
  hearing: HearingViewSchema,
  /** The hearing actions the viewer may take now (from the states table, narrowed by the hearing's phase). */
  hearingActions: z.array(z.enum(['hearing.inform', 'hearing.request', 'hearing.schedule'])),
  /** Departments of the case's center that may take part in a joint inspection. */
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  records: z.array(SpecialRecordView),
});
export type SpecialStepsView = Json<typeof SpecialStepsView>;

export const PendingSignatures = z.object({
  items: z.array(z.object({ caseId: uuid, caseNumber: z.string(), recordId: uuid, number: z.string(), place: z.string(), createdByName: z.string(), createdAt: timestamp })),
});
export type PendingSignatures = Json<typeof PendingSignatures>;
