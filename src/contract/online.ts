// 网上申报 and 网上预审 (issue #19, decision 0043): request and response shapes of every online
// application route. The server's routes use these as zod schemas; the portal and workbench read
// their types from here. Extend, never rename.
//
// Citizen routes (access: 'citizen'; only the owning account, another account's id → 404):
//   GET    /api/v1/portal/online/applications                         → OnlineApplicationList
//   POST   /api/v1/portal/online/applications                         OnlineApplicationCreate → OnlineApplicationDetail
//   GET    /api/v1/portal/online/applications/:id                     → OnlineApplicationDetail
//   PUT    /api/v1/portal/online/applications/:id                     OnlineDraftSave → OnlineApplicationDetail (409 ONLINE_STALE_VERSION)
//   DELETE /api/v1/portal/online/applications/:id                     → 204 (drafts only)
//   POST   /api/v1/portal/online/applications/:id/files               ?itemId&materialId&name, raw body (jpg/png/pdf) → OnlineFileView
//   DELETE /api/v1/portal/online/applications/:id/files/:fileId       → 204
//   GET    /api/v1/portal/online/applications/:id/files/:fileId       → the bytes
//   GET    /api/v1/portal/online/reusable                             ?materialId → ReusableList (免提交)
//   POST   /api/v1/portal/online/applications/:id/reuse               OnlineReuseRequest → OnlineFileView
//   POST   /api/v1/portal/online/applications/:id/submit              OnlineVersionBody → OnlineApplicationDetail
//   POST   /api/v1/portal/online/applications/:id/resubmit            OnlineVersionBody → OnlineApplicationDetail
//   POST   /api/v1/portal/online/applications/:id/withdraw            → OnlineApplicationDetail
// Staff routes (permission online.review, center scope):
//   GET    /api/v1/online/reviews                                     ?centerId&status&page&pageSize → OnlineReviewQueue
//   GET    /api/v1/online/reviews/:id                                 → OnlineApplicationDetail
//   GET    /api/v1/online/reviews/:id/files/:fileId                   → the bytes
//   POST   /api/v1/online/reviews/:id/accept                          {} → OnlineAcceptResult
//   POST   /api/v1/online/reviews/:id/correction                      OnlineCorrectionRequest → OnlineApplicationDetail
//   POST   /api/v1/online/reviews/:id/refuse                          OnlineRefuseRequest → OnlineApplicationDetail
import { z } from 'zod';
import { SituationAnswers, Situations } from '../domain/catalog/guide.ts';
import { onlineActions, onlineStatuses } from '../domain/online/states.ts';
import { DeliveryChoiceInput, applicantIdTypes, applicantKinds } from './case.ts';
import { isoDate, list, timestamp, uuid, type Json } from './common.ts';

export const OnlineStatusSchema = z.enum(onlineStatuses);
export const OnlineActionSchema = z.enum(onlineActions);
export const preReviewLevels = ['normal', 'yellow', 'red', 'overdue'] as const;

/** Whom the account applies for (citizen module's SubjectRef). */
export const SubjectRefInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self') }),
  z.object({ kind: z.literal('enterprise'), enterpriseId: z.string().min(1).max(60) }),
  z.object({ kind: z.literal('mandate'), mandateId: z.string().min(1).max(60) }),
]);
export type SubjectRefInput = Json<typeof SubjectRefInput>;

const formData = z.record(z.string(), z.unknown());

// ---- citizen requests ----

export const OnlineApplicationCreate = z.object({
  itemIds: z
    .array(uuid.min(1).max(60))
    .min(1)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { message: '事项不能重复' }),
  subject: SubjectRefInput.default({ kind: 'self' }),
  /** The center that pre-reviews: the items' owning center (default) or a center below it. */
  centerId: uuid.optional(),
  /** 一件事: the bundle of the catalog these items come from. */
  bundleId: z.string().trim().min(1).max(100).optional(),
});
export type OnlineApplicationCreate = Json<typeof OnlineApplicationCreate>;

export const OnlineItemInput = z.object({
  itemId: uuid,
  situationAnswers: SituationAnswers.default({}),
  formData: formData.default({}),
});

export const OnlineDraftSave = z.object({
  /** The version the device last read; another device's save in between → 409 ONLINE_STALE_VERSION. */
  version: z.number().int().min(1),
  items: z.array(OnlineItemInput).min(1).max(20),
  sharedFields: formData.default({}),
  delivery: DeliveryChoiceInput.optional(),
  /** Whom for (the wizard's first step): checked again at once, and at submit; absent keeps it. */
  subject: SubjectRefInput.optional(),
});
export type OnlineDraftSave = Json<typeof OnlineDraftSave>;

export const OnlineVersionBody = z.object({ version: z.number().int().min(1) });

/** Query of the raw-body upload (the body is the file; Content-Type image/jpeg, image/png or application/pdf). */
export const OnlineUploadQuery = z.object({
  itemId: uuid,
  materialId: z.string().min(1).max(60),
  /** The file's name on the phone (shown back; never used as a path). */
  name: z.string().trim().min(1).max(200).default('材料'),
});

export const OnlineReuseRequest = z.object({
  itemId: uuid,
  materialId: z.string().min(1).max(60),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('file'), fileId: uuid }),
    z.object({ kind: z.literal('certificate'), certificateId: uuid }),
  ]),
});
export type OnlineReuseRequest = Json<typeof OnlineReuseRequest>;

export const ReusableQuery = z.object({ materialId: z.string().min(1).max(60).optional() });

// ---- staff requests ----

export const OnlineReviewQuery = z.object({
  centerId: uuid.optional(),
  status: z.enum(['submitted', 'correction_requested', 'accepted', 'refused', 'withdrawn']).default('submitted'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const OnlineCorrectionRequest = z.object({
  materials: z
    .array(z.object({ itemId: uuid, materialId: z.string().min(1).max(60), reason: z.string().trim().min(1).max(500) }))
    .min(1)
    .max(100),
  note: z.string().trim().max(2000).optional(),
});
export type OnlineCorrectionRequest = Json<typeof OnlineCorrectionRequest>;

export const OnlineRefuseRequest = z.object({ reasons: z.string().trim().min(1).max(2000) });
export const OnlineAcceptRequest = z.object({}).default({});

// ---- answers ----

export const OnlineFileView = z.object({
  id: uuid,
  itemId: uuid,
  materialId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  reusedFrom: z.object({ kind: z.enum(['file', 'certificate']), id: z.string(), label: z.string().optional() }).nullable(),
  uploadedAt: timestamp,
});
export type OnlineFileView = Json<typeof OnlineFileView>;

export const OnlineMaterialView = z.object({
  materialId: z.string(),
  name: z.string(),
  required: z.boolean(),
  originals: z.number().int(),
  copies: z.number().int(),
  fillGuide: z.string(),
  notes: z.string(),
  /** uploaded: at least one file; not_applicable: removed by a 情形 answer. */
  status: z.enum(['missing', 'uploaded', 'not_applicable']),
  /** Asked for again by the window's correction request. */
  correction: z.string().nullable(),
  fileIds: z.array(uuid),
});
export type OnlineMaterialView = Json<typeof OnlineMaterialView>;

export const OnlineItemView = z.object({
  itemId: uuid,
  itemName: z.string(),
  versionId: uuid,
  /** The published version's 在线表单 (JSON Schema object) for SchemaForm; null = no form. */
  formSchema: z.record(z.string(), z.unknown()).nullable(),
  situations: Situations,
  situationAnswers: SituationAnswers,
  formData,
  materials: z.array(OnlineMaterialView),
});
export type OnlineItemView = Json<typeof OnlineItemView>;

export const OnlineEventView = z.object({
  seq: z.number().int(),
  action: z.enum(['create', ...onlineActions]),
  from: OnlineStatusSchema.nullable(),
  to: OnlineStatusSchema,
  actorKind: z.enum(['applicant', 'staff']),
  actorName: z.string(),
  detail: z.unknown(),
  at: timestamp,
});
export type OnlineEventView = Json<typeof OnlineEventView>;

export const OnlineCorrectionView = z.object({
  materials: z.array(z.object({ itemId: uuid, materialId: z.string(), materialName: z.string(), reason: z.string() })),
  note: z.string().nullable(),
  requestedAt: timestamp,
});
export type OnlineCorrectionView = Json<typeof OnlineCorrectionView>;

export const OnlineApplicantView = z.object({
  kind: z.enum(applicantKinds),
  idType: z.enum(applicantIdTypes),
  /** Masked. */
  idNumber: z.string(),
  name: z.string(),
  /** Masked. */
  phone: z.string(),
  agentName: z.string().nullable(),
});

export const PreReviewView = z.object({ due: isoDate, level: z.enum(preReviewLevels), workingDays: z.number().int() });

/** A case the application became; `due` is its promised (else legal) due date, null before acceptance or for an immediate case. */
export const OnlineCaseRef = z.object({ id: uuid, number: z.string(), itemId: uuid, itemName: z.string(), due: isoDate.nullable() });

export const OnlineApplicationSummary = z.object({
  id: uuid,
  status: OnlineStatusSchema,
  version: z.number().int(),
  bundleId: z.string().nullable(),
  centerId: uuid,
  centerName: z.string(),
  items: z.array(z.object({ itemId: uuid, itemName: z.string() })),
  correctionRounds: z.number().int(),
  submittedAt: timestamp.nullable(),
  review: PreReviewView.nullable(),
  cases: z.array(OnlineCaseRef),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type OnlineApplicationSummary = Json<typeof OnlineApplicationSummary>;
export const OnlineApplicationList = list(OnlineApplicationSummary);
export type OnlineApplicationList = Json<typeof OnlineApplicationList>;

export const OnlineApplicationDetail = OnlineApplicationSummary.extend({
  subject: SubjectRefInput,
  /** Snapshot taken at submit (null while a draft). */
  applicant: OnlineApplicantView.nullable(),
  sharedFields: formData,
  delivery: DeliveryChoiceInput.nullable(),
  itemsDetail: z.array(OnlineItemView),
  files: z.array(OnlineFileView),
  correction: OnlineCorrectionView.nullable(),
  refusalReasons: z.string().nullable(),
  history: z.array(OnlineEventView),
  /** What the reader (applicant or clerk) may do now, from the state table. */
  allowedActions: z.array(OnlineActionSchema),
});
export type OnlineApplicationDetail = Json<typeof OnlineApplicationDetail>;

export const ReusableMaterialView = z.object({
  kind: z.enum(['file', 'certificate']),
  /** fileId or certificateId, as OnlineReuseRequest.source takes it. */
  id: uuid,
  name: z.string(),
  /** The material the file was uploaded for (files only). */
  materialId: z.string().nullable(),
  materialName: z.string().nullable(),
  mime: z.string(),
  size: z.number().int().nullable(),
  /** E-certificates: number and holder (masked). */
  certificateNumber: z.string().nullable(),
  holderName: z.string().nullable(),
  at: timestamp,
});
export type ReusableMaterialView = Json<typeof ReusableMaterialView>;
export const ReusableList = list(ReusableMaterialView);
export type ReusableList = Json<typeof ReusableList>;

export const OnlineReviewQueueItem = z.object({
  id: uuid,
  status: OnlineStatusSchema,
  centerId: uuid,
  centerName: z.string(),
  /** Masked. */
  applicantName: z.string(),
  applicantKind: z.enum(applicantKinds),
  items: z.array(z.object({ itemId: uuid, itemName: z.string() })),
  bundleId: z.string().nullable(),
  submittedAt: timestamp,
  review: PreReviewView.nullable(),
  /** 1 = first submission, 2 = after the correction. */
  round: z.number().int(),
});
export type OnlineReviewQueueItem = Json<typeof OnlineReviewQueueItem>;

export const OnlineReviewQueue = z.object({
  items: z.array(OnlineReviewQueueItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Waiting for pre-review in the scope (whatever the status filter). */
  waiting: z.number().int(),
});
export type OnlineReviewQueue = Json<typeof OnlineReviewQueue>;

export const OnlineAcceptResult = z.object({
  caseIds: z.array(uuid),
  caseNumbers: z.array(z.string()),
  cases: z.array(OnlineCaseRef.extend({ due: isoDate.nullable() })),
  application: OnlineApplicationDetail,
});
export type OnlineAcceptResult = Json<typeof OnlineAcceptResult>;

export type OnlineApplicationDetailData = z.output<typeof OnlineApplicationDetail>;
export type OnlineDraftSaveData = z.output<typeof OnlineDraftSave>;
export type OnlineApplicationCreateData = z.output<typeof OnlineApplicationCreate>;
