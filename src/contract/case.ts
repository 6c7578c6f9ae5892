// The case core's HTTP contract (issue #16): request and response shapes of every case route.
// The server's routes use these as their zod schemas; the web reads its types from here.
// Extend, never rename: the web screens are built against these names.
//
// Routes (staff routes need a signed-in staff member, all scope-checked by center):
//   POST /api/v1/cases/applications              case.intake    IntakeRequest → IntakeResult (one case per item; accept: also 受理 each, needs case.act)
//   GET  /api/v1/cases/applicants/lookup         case.intake    ?idType&idNumber → ApplicantLookup (prefill, reusable materials; masked)
//   POST /api/v1/cases/:id/actions               case.act       CaseActionRequest → CaseActionResult (every outcome via the one write path)
//   GET  /api/v1/cases/:id                       case.read      → CasePage
//   POST /api/v1/cases/:id/reveal                case.reveal    → RevealResult (audited as a personal-data read)
//   GET  /api/v1/cases                           case.read      ?view=window_today|mine|search|results_ready&q&page&pageSize → page(CaseListItem)
//   GET  /api/v1/cases/by-number/:number         case.read      → {id, number} (barcode scan)
//   GET  /api/v1/cases/verifications             case.read      ?page&pageSize → page(VerificationListItem) (承诺核查, soonest due first)
//   GET  /api/v1/cases/:id/notices/:noticeId/pdf case.read      → application/pdf (stored NoticeDocument, reprints identical)
//   POST /api/v1/cases/:id/materials/:materialId/scans  case.intake  raw body (PDF/JPEG/PNG…) → CaseMaterialView
//   GET  /api/v1/cases/:id/scans/:sha256         case.read      → the scan file (permission-checked)
//   POST /api/v1/cases/:id/handovers             case.handover  HandoverCreate → HandoverView
//   POST /api/v1/cases/handovers/confirm         case.handover  HandoverConfirm (scanned case number) → HandoverView
//   POST /api/v1/consultations                   case.consult   ConsultationCreate → ConsultationView
//   GET  /api/v1/consultations                   case.consult   ?itemId&page → page(ConsultationView)
//   GET  /api/v1/portal/items/:itemId/knowledge  public         → list(KnowledgeEntry) (the shared 咨询库)
//   GET  /api/v1/portal/track                    public, rate-limited  ?number&phone → TrackResult
import { z } from 'zod';
import { caseActions, caseStates } from '../domain/case/states.ts';
import { deliveryMethods } from '../domain/case/delivery.ts';
import { materialStatuses, windowOutcomes } from '../domain/case/outcomes.ts';
import { noticeKinds } from '../domain/case/notices/kinds.ts';
import { HearingActionInput } from './special.ts';
import { SituationAnswers } from '../domain/catalog/guide.ts';
import { PAUSE_KINDS } from '../domain/clock/index.ts';
import { isoDate, list, page, timestamp, uuid, type Json } from './common.ts';

// ---- vocabularies ----

export const applicantKinds = ['person', 'enterprise'] as const;
/** 111 居民身份证, 414 护照 (GB/T 2261-style codes), uscc 统一社会信用代码. */
export const applicantIdTypes = ['111', '414', 'uscc'] as const;
/** 办理渠道 (FACTS §D). */
export const caseChannels = ['window', 'online', 'mail', 'proxy'] as const;
/** 服务方式: ordinary, 帮办, 代办, 上门, 预约, 兜底. */
export const serviceModes = ['standard', 'assisted', 'proxy', 'home', 'appointment', 'fallback'] as const;
export const visitKinds = ['intake', 'return', 'pickup'] as const;
export const consultationChannels = ['visit', 'phone', 'letter', 'message'] as const;
/** The domain clock's levels (src/domain/clock), plus 'none' before acceptance. */
export const warningLevels = ['normal', 'yellow', 'red', 'overdue', 'paused', 'none'] as const;

export const CaseStateSchema = z.enum(caseStates);
export const CaseActionSchema = z.enum(caseActions);
export const NoticeKindSchema = z.enum(noticeKinds);
export const MaterialStatusSchema = z.enum(materialStatuses);
export const WindowOutcomeSchema = z.enum(windowOutcomes);

// ---- intake (POST /cases/applications) ----

export const ApplicantInput = z.object({
  kind: z.enum(applicantKinds),
  idType: z.enum(applicantIdTypes),
  idNumber: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(100),
  /** enterprise: 法定代表人 */
  legalRepresentative: z.string().trim().max(100).optional(),
  phone: z.string().trim().min(1).max(20),
  address: z.string().trim().max(200).optional(),
});
export type ApplicantInput = Json<typeof ApplicantInput>;

export const AgentInput = z.object({
  idType: z.enum(['111', '414']),
  idNumber: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(100),
  phone: z.string().trim().min(1).max(20),
  /** What the 委托书 authorises (the mandate itself is a material of the case). */
  mandate: z.string().trim().min(1).max(500),
});
export type AgentInput = Json<typeof AgentInput>;

/** One checklist line as the clerk records it (one per material of the pinned version). */
export const ChecklistEntryInput = z.object({
  materialId: z.string(),
  status: MaterialStatusSchema,
  originals: z.number().int().min(0).default(0),
  copies: z.number().int().min(0).default(0),
  defect: z.string().max(500).optional(),
  reusedFrom: z.string().max(100).optional(),
  waiver: z.object({ format: z.string().max(200), deadline: isoDate }).optional(),
  reason: z.string().max(500).optional(),
});
export type ChecklistEntryInput = Json<typeof ChecklistEntryInput>;

export const IntakeItemInput = z.object({
  /** The catalog item; the case pins the item's current published version. */
  itemId: uuid,
  /** The item's own form fields (情形 answers included). */
  formData: z.record(z.string(), z.unknown()).default({}),
  /** Optional at intake: lines not given start as 'missing' (or 'not_applicable' when a 情形 answer removed the material). */
  checklist: z.array(ChecklistEntryInput).default([]),
  /** 情形 answers (question id → option id) that tailor the checklist; fixed with the pinned version. */
  situationAnswers: SituationAnswers.optional(),
});

// issue #18: 送达方式, chosen at intake and honoured when the result is handed out.
export const DeliveryChoiceInput = z
  .object({
    method: z.enum(deliveryMethods).default('window'),
    /** 邮寄: the address, and who receives it when not the applicant. */
    address: z.string().trim().max(200).optional(),
    recipient: z.string().trim().max(100).optional(),
    phone: z.string().trim().max(20).optional(),
  })
  .refine((d) => d.method !== 'mail' || !!d.address, { message: '选择邮寄送达时须填写邮寄地址', path: ['address'] });
export type DeliveryChoiceInput = Json<typeof DeliveryChoiceInput>;

export const IntakeRequest = z.object({
  centerId: uuid,
  applicant: ApplicantInput,
  agent: AgentInput.optional(),
  /** 送达方式 (issue #18); absent = 窗口领取. */
  delivery: DeliveryChoiceInput.optional(),
  channel: z.enum(caseChannels).default('window'),
  serviceMode: z.enum(serviceModes).default('standard'),
  /** The ticket being served (窗口叫号); absent for a walk-in. */
  ticketId: uuid.optional(),
  /** 一表申请: fields shared by every item (contact, address…). */
  sharedFields: z.record(z.string(), z.unknown()).default({}),
  items: z.array(IntakeItemInput).min(1).max(20),
  /** A retried request with the same key returns the first result and creates nothing. */
  idempotencyKey: z.string().min(8).max(100),
  /**
   * 收件并受理 (decision 0054): also accept (intake.accept) every case in the same transaction,
   * through the same write path; if any case cannot be accepted nothing is written. Needs case.act.
   */
  accept: z.boolean().optional(),
});
export type IntakeRequest = Json<typeof IntakeRequest>;

export const CaseRef = z.object({ id: uuid, number: z.string(), itemId: uuid, itemName: z.string(), state: CaseStateSchema });
export type CaseRef = Json<typeof CaseRef>;


// ---- applicant lookup ----

export const ApplicantView = z.object({
  id: uuid,
  kind: z.enum(applicantKinds),
  idType: z.enum(applicantIdTypes),
  /** Masked unless revealed. */
  idNumber: z.string(),
  name: z.string(),
  legalRepresentative: z.string().nullable(),
  phone: z.string(),
  address: z.string().nullable(),
  masked: z.boolean(),
});
export type ApplicantView = Json<typeof ApplicantView>;

export const ReusableMaterial = z.object({
  caseNumber: z.string(),
  materialName: z.string(),
  sha256: z.string(),
  receivedAt: timestamp,
});

export const ApplicantLookup = z.object({
  applicant: ApplicantView.nullable(),
  badCredit: z.boolean(),
  reusable: z.array(ReusableMaterial),
});
export type ApplicantLookup = Json<typeof ApplicantLookup>;

// ---- actions (POST /cases/:id/actions) ----

export const RefusalInput = z.object({ reasons: z.string(), basis: z.string(), competentAgency: z.string() });
export const CommitmentInput = z.object({
  conditions: z.array(z.string()).min(1),
  replacedMaterialIds: z.array(z.string()).default([]),
  verifyBy: isoDate,
});

// issue #17: the back office's actions (decision 0032)
export const PauseInput = z.object({
  kind: z.enum(PAUSE_KINDS),
  reason: z.string().trim().min(1).max(500),
  /** The time needed, told to the applicant in the 特别程序告知书 (§45). */
  timeNeeded: z.object({ amount: z.number().int().min(1).max(365), unit: z.enum(['workday', 'naturalDay']) }),
});
export const ExtensionInput = z.object({
  /** extension.request: why the decision cannot be made in time (told to the applicant). */
  reason: z.string().trim().max(500).optional(),
  /** extension.approve of a joint (联办) case: the same-level government head's written approval (§42). */
  governmentApproval: z.string().trim().max(200).optional(),
});
export const CertificateInput = z.object({
  name: z.string().trim().min(1).max(100),
  number: z.string().trim().min(1).max(60),
  /** 有效期至; omitted or null for 长期有效. */
  validUntil: isoDate.nullable().optional(),
  issuingBody: z.string().trim().min(1).max(100),
});
export const DecisionRefusalInput = z.object({ reasons: z.string().trim().min(1).max(2000), basis: z.string().trim().min(1).max(500) });
/** withdraw, terminate, revoke, commitment.revoke: the reason (and the legal basis of an adverse act). */
export const EndingInput = z.object({ reason: z.string().trim().min(1).max(2000), basis: z.string().trim().max(500).optional() });
/** One review rule (审查细则) as the approver answered it (issue #17). */
export const ChecklistAnswerInput = z.object({ rule: z.number().int().min(0).max(49), checked: z.boolean(), note: z.string().trim().max(500).default('') });

/** `step` of a back-office action (step.pass, step.return, decide.*): the task the screen showed and its final record (contract/task.ts). */
export const StepActionInput = z.object({
  taskId: uuid,
  checklist: z.array(ChecklistAnswerInput).max(50).optional(),
  opinion: z.string().trim().max(2000).optional(),
  /** step.return: the earlier step's index and the reason (退回理由). */
  returnTo: z.number().int().min(0).max(29).optional(),
  reason: z.string().trim().max(1000).optional(),
});
export type StepActionInput = Json<typeof StepActionInput>;

/** `joint` of joint.opinion (联办件, decision 0034): the sub-task, its verdict and opinion, and its checklist. */
export const JointOpinionInput = z.object({
  taskId: uuid,
  verdict: z.enum(['agree', 'disagree']).optional(),
  opinion: z.string().trim().max(2000).optional(),
  checklist: z.array(ChecklistAnswerInput).max(50).optional(),
});
export type JointOpinionInput = Json<typeof JointOpinionInput>;

export const CaseActionRequest = z.object({
  action: CaseActionSchema,
  pause: PauseInput.optional(),
  extension: ExtensionInput.optional(),
  certificate: CertificateInput.optional(),
  decisionRefusal: DecisionRefusalInput.optional(),
  ending: EndingInput.optional(),
  /** The checklist as the clerk sees it now (window outcomes, resume, waiver.supply). */
  checklist: z.array(ChecklistEntryInput).optional(),
  refusal: RefusalInput.optional(),
  commitment: CommitmentInput.optional(),
  /** Free note kept with the action (e.g. the fallback's reason, a review remark). */
  note: z.string().max(1000).optional(),
  /** resume, conclude with pickup: the ticket of the visit (else the one the clerk is serving, if any). */
  ticketId: uuid.optional(),
  /** conclude: the applicant collected the result at the window (counted as a pickup visit). */
  pickup: z.boolean().optional(),
  /** Back-office steps (issue #17). */
  step: StepActionInput.optional(),
  /** 联办件: a joint department's opinion on its sub-task (decision 0034). */
  joint: JointOpinionInput.optional(),
  /** Special steps (decision 0036): hearing.inform / hearing.request / hearing.schedule. */
  hearing: HearingActionInput.optional(),
  idempotencyKey: z.string().min(8).max(100),
});
export type CaseActionRequest = Json<typeof CaseActionRequest>;

export const NoticeSummary = z.object({
  id: uuid,
  kind: NoticeKindSchema,
  title: z.string(),
  number: z.string(),
  issuedAt: timestamp,
});
export type NoticeSummary = Json<typeof NoticeSummary>;

export const CaseActionResult = z.object({
  caseId: uuid,
  state: CaseStateSchema,
  flags: z.object({
    awaitingCorrection: z.boolean(),
    waiverPending: z.boolean(),
    commitmentPending: z.boolean(),
    paused: z.boolean(),
    extensionPending: z.boolean(),
    extended: z.boolean(),
    feeDue: z.boolean(),
  }),
  decision: z.enum(['approved', 'refused']).nullable(),
  notices: z.array(NoticeSummary),
  allowedActions: z.array(CaseActionSchema),
});
export type CaseActionResult = Json<typeof CaseActionResult>;

/** One case per item; with `accept`, each case's 受理 result (notices with their numbers), in the order of `cases`. */
export const IntakeResult = z.object({ applicationId: uuid, applicantId: uuid, cases: z.array(CaseRef), accepted: z.array(CaseActionResult).optional() });
export type IntakeResult = Json<typeof IntakeResult>;

// ---- the case page (GET /cases/:id) ----

export const CaseMaterialView = z.object({
  materialId: z.string(),
  name: z.string(),
  required: z.boolean(),
  waivable: z.boolean(),
  requiredOriginals: z.number().int(),
  requiredCopies: z.number().int(),
  status: MaterialStatusSchema,
  originals: z.number().int(),
  copies: z.number().int(),
  scans: z.array(z.object({ sha256: z.string(), mime: z.string(), size: z.number().int() })),
  defect: z.string().nullable(),
  reusedFrom: z.string().nullable(),
  waiver: z.object({ format: z.string(), deadline: isoDate }).nullable(),
  reason: z.string().nullable(),
});
export type CaseMaterialView = Json<typeof CaseMaterialView>;

export const TimelineEntry = z.object({
  seq: z.number().int(),
  /** A CaseAction, or 'create' for the intake. */
  action: z.string(),
  /** The action's name in Chinese (接件登记, 受理, …). */
  label: z.string(),
  fromState: CaseStateSchema.nullable(),
  toState: CaseStateSchema,
  actorName: z.string().nullable(),
  actorRole: z.string(),
  note: z.string().nullable(),
  at: timestamp,
});

export const DueView = z.object({ due: isoDate.nullable(), level: z.enum(warningLevels) });

export const HandoverView = z.object({
  id: uuid,
  caseId: uuid,
  caseNumber: z.string(),
  fromName: z.string(),
  toDepartment: z.string(),
  items: z.string(),
  createdAt: timestamp,
  confirmedAt: timestamp.nullable(),
  confirmedByName: z.string().nullable(),
  /** To the department at acceptance; back to the window of origin at the decision (decision 0033). */
  direction: z.enum(['to_department', 'to_window']),
});
export type HandoverView = Json<typeof HandoverView>;

export const VisitView = z.object({ id: uuid, kind: z.enum(visitKinds), ticketId: uuid.nullable(), ticketNumber: z.string().nullable(), at: timestamp });

export const CasePage = z.object({
  id: uuid,
  number: z.string(),
  applicationId: uuid,
  state: CaseStateSchema,
  flags: CaseActionResult.shape.flags,
  decision: z.enum(['approved', 'refused']).nullable(),
  centerId: uuid,
  department: z.string(),
  item: z.object({ id: uuid, versionId: uuid, name: z.string(), code: z.string(), caseType: z.string() }),
  channel: z.enum(caseChannels),
  serviceMode: z.enum(serviceModes),
  applicant: ApplicantView,
  agent: z.object({ name: z.string(), idNumber: z.string(), phone: z.string(), mandate: z.string() }).nullable(),
  formData: z.record(z.string(), z.unknown()),
  /** 情形 the case was taken in with (decision 0029), and the 受理条件 they add up to. */
  situations: z.array(z.object({ questionId: z.string(), question: z.string(), optionId: z.string(), option: z.string() })),
  conditions: z.array(z.string()),
  receivedAt: timestamp,
  acceptedAt: timestamp.nullable(),
  decidedAt: timestamp.nullable(),
  concludedAt: timestamp.nullable(),
  due: z.object({
    promised: DueView,
    legal: DueView,
    waiver: isoDate.nullable(),
    verify: isoDate.nullable(),
    /** Counted on a year whose days off are not imported yet; counted again once they are. */
    provisional: z.boolean(),
    certificate: isoDate.nullable(),
  }),
  /** The clock's ledger: every pause and the extension, with the working days they moved the due dates. */
  clock: z.object({
    pauses: z.array(z.object({ kind: z.enum(PAUSE_KINDS), reason: z.string(), from: isoDate, to: isoDate.nullable() })),
    extensions: z.array(z.object({ workdays: z.number().int(), reason: z.string(), approver: z.string() })),
    pausedWorkdays: z.number().int(),
  }),
  certificate: z.object({ name: z.string(), number: z.string(), validUntil: isoDate.nullable(), issuingBody: z.string() }).nullable(),
  ticket: z.object({ id: uuid, number: z.string().nullable() }).nullable(),
  visits: z.object({ count: z.number().int(), promised: z.number().int().nullable(), list: z.array(VisitView) }),
  materials: z.array(CaseMaterialView),
  notices: z.array(NoticeSummary),
  timeline: z.array(TimelineEntry),
  handovers: z.array(HandoverView),
  allowedActions: z.array(CaseActionSchema),
  /** The open back-office step with its own clock and level (decision 0033); null when none is open. */
  openTask: z
    .object({
      id: uuid,
      stepIndex: z.number().int(),
      stepName: z.string(),
      lastStep: z.boolean(),
      dueOn: isoDate,
      level: z.enum(warningLevels),
      pausedWorkdays: z.number().int(),
      assigneeName: z.string().nullable(),
    })
    .nullable()
    .optional(),
});
export type CasePage = Json<typeof CasePage>;

export const RevealResult = z.object({ idNumber: z.string(), phone: z.string(), agentIdNumber: z.string().nullable(), agentPhone: z.string().nullable() });
export type RevealResult = Json<typeof RevealResult>;

// ---- lists ----

/** warnings: open cases with a warning (yellow, red, overdue, paused), worst first (the stored level, decision 0030).
 *  results_ready: decided cases of the center waiting to be handed out at its window (issue #18 builds pickup). */
export const caseListViews = ['window_today', 'mine', 'search', 'warnings', 'results_ready'] as const;
/** The levels the case-warning-levels job stores on an open case. */
export const storedWarningLevels = ['normal', 'yellow', 'red', 'overdue', 'paused'] as const;
export const CaseListQuery = z.object({
  view: z.enum(caseListViews).default('window_today'),
  centerId: uuid.optional(),
  /** search: a case number, an applicant's name (prefix), ID number or USCC. */
  q: z.string().trim().max(60).optional(),
  /** warnings view: only this level. */
  level: z.enum(storedWarningLevels).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type CaseListQuery = Json<typeof CaseListQuery>;

export const CaseListItem = z.object({
  id: uuid,
  number: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  /** Always masked in lists. */
  applicantIdNumber: z.string(),
  state: CaseStateSchema,
  flags: CaseActionResult.shape.flags,
  receivedAt: timestamp,
  promisedDue: isoDate.nullable(),
  legalDue: isoDate.nullable(),
  /** The stored level (recomputed every 10 minutes); null = no running clock. */
  warningLevel: z.enum(storedWarningLevels).nullable(),
  /** The queue ticket the case came from (窗口叫号), or null for a walk-in. */
  ticketNumber: z.string().nullable(),
  decision: z.enum(['approved', 'refused']).nullable(),
  decidedAt: timestamp.nullable(),
  /** §44: the certificate of an approval is due by this date. */
  certificateDue: isoDate.nullable(),
});
export type CaseListItem = Json<typeof CaseListItem>;
export const CaseList = page(CaseListItem);
export type CaseList = Json<typeof CaseList>;

export const CaseByNumber = z.object({ id: uuid, number: z.string() });

/** 承诺核查: cases decided on the applicant's commitment and not yet verified, soonest due first. */
export const VerificationListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const VerificationListItem = CaseListItem.extend({ verifyDue: isoDate.nullable(), overdue: z.boolean() });
export type VerificationListItem = Json<typeof VerificationListItem>;
export const VerificationList = page(VerificationListItem);
export type VerificationList = Json<typeof VerificationList>;

// ---- handover (流转表) ----

export const HandoverCreate = z.object({
  toDepartment: z.string().trim().min(1).max(100),
  /** What travels: the paper materials, in words. */
  items: z.string().trim().min(1).max(1000),
});
export const HandoverConfirm = z.object({
  caseNumber: z.string().trim().min(1).max(60),
  /** Which leg (decision 0033); by default the window confirms results, the departments papers. */
  direction: z.enum(['to_department', 'to_window']).optional(),
});

// ---- consultation desk (引导咨询) ----

export const ConsultationCreate = z.object({
  centerId: uuid,
  channel: z.enum(consultationChannels),
  itemId: z.uuid().optional(),
  askerName: z.string().trim().max(100).optional(),
  askerPhone: z.string().trim().max(20).optional(),
  question: z.string().trim().min(1).max(2000),
  answer: z.string().trim().max(4000).optional(),
  referredTo: z.string().trim().max(200).optional(),
  /** Add this question and answer to the item's 咨询库 (shared with the portal). */
  knowledgeBase: z.boolean().default(false),
});
export type ConsultationCreate = Json<typeof ConsultationCreate>;

export const ConsultationView = z.object({
  id: uuid,
  centerId: uuid,
  channel: z.enum(consultationChannels),
  itemId: uuid.nullable(),
  firstAskedBy: z.string(),
  question: z.string(),
  answer: z.string().nullable(),
  referredTo: z.string().nullable(),
  knowledgeBase: z.boolean(),
  createdAt: timestamp,
});
export type ConsultationView = Json<typeof ConsultationView>;
export const ConsultationList = page(ConsultationView);

export const KnowledgeEntry = z.object({ id: uuid, question: z.string(), answer: z.string(), createdAt: timestamp });
export const KnowledgeList = list(KnowledgeEntry);

// ---- public tracking (GET /portal/track) ----

export const TrackQuery = z.object({ number: z.string().trim().min(1).max(60), phone: z.string().trim().regex(/^[0-9+\- ]{4,20}$/) });
/** The same shape for "not found" and "wrong phone": found=false and nothing else. */
export const TrackResult = z.object({
  found: z.boolean(),
  stage: z.object({ state: CaseStateSchema, zh: z.string(), en: z.string() }).nullable(),
  itemName: z.string().nullable(),
  promisedDue: isoDate.nullable(),
  notices: z.array(z.object({ kind: NoticeKindSchema, title: z.string(), number: z.string(), issuedAt: timestamp })),
});
export type TrackResult = Json<typeof TrackResult>;

// ---- the server side of the shapes (timestamps as Date) ----
export type NoticeSummaryData = z.output<typeof NoticeSummary>;
export type CaseActionResultData = z.output<typeof CaseActionResult>;
export type CasePageData = z.output<typeof CasePage>;
export type CaseListItemData = z.output<typeof CaseListItem>;
export type IntakeRequestData = z.output<typeof IntakeRequest>;
export type ChecklistEntryData = z.output<typeof ChecklistEntryInput>;
