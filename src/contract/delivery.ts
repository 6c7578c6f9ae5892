// Handing out the result (issue #18, decision 0038): the pickup window's queue, a case's
// delivery card and its actions, and the self-service cabinet's adapter contract.
//
// Routes:
//   GET  /api/v1/deliveries                       case.read  ?view=at_window|mailed|in_cabinet|handed_out → page(DeliveryQueueItem)
//   GET  /api/v1/cases/:id/delivery               case.read  → DeliveryView
//   POST /api/v1/cases/:id/delivery/actions       case.act   DeliveryActionRequest → DeliveryView (one use case; audited)
//   GET  /api/v1/cases/:id/delivery/signature     case.read  → image/png (the collector's signature)
//   POST /api/v1/cabinets/:cabinetId/pickups      public, rate-limited  CabinetPickupRequest → CabinetPickupResult
//        The cabinet adapter contract: the collector's code in → the door number out; the
//        pickup is recorded (and the case concluded) before the answer. A code works once.
import { z } from 'zod';
import { caseStates } from '../domain/case/states.ts';
import { deliveryActions, deliveryMethods, deliveryStatuses } from '../domain/case/delivery.ts';
import { page, timestamp, uuid, type Json } from './common.ts';

export const DeliveryStatusSchema = z.enum(deliveryStatuses);
export const DeliveryActionSchema = z.enum(deliveryActions);
export const deliveryQueueViews = ['at_window', 'mailed', 'in_cabinet', 'handed_out'] as const;

export const DeliveryQueueQuery = z.object({
  view: z.enum(deliveryQueueViews).default('at_window'),
  centerId: uuid.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DeliveryQueueQuery = Json<typeof DeliveryQueueQuery>;

export const DeliveryChoiceView = z.object({
  method: z.enum(deliveryMethods),
  address: z.string().nullable(),
  recipient: z.string().nullable(),
  phone: z.string().nullable(),
});

export const DeliveryQueueItem = z.object({
  caseId: uuid,
  number: z.string(),
  itemName: z.string(),
  applicantName: z.string(),
  state: z.enum(caseStates),
  decision: z.enum(['approved', 'refused']).nullable(),
  decidedAt: timestamp.nullable(),
  choice: z.enum(deliveryMethods),
  status: DeliveryStatusSchema,
  waybill: z.string().nullable(),
  cabinetId: z.string().nullable(),
  door: z.number().int().nullable(),
  updatedAt: timestamp.nullable(),
});
export type DeliveryQueueItem = Json<typeof DeliveryQueueItem>;
export const DeliveryQueue = page(DeliveryQueueItem);
export type DeliveryQueue = Json<typeof DeliveryQueue>;
export type DeliveryQueueData = z.output<typeof DeliveryQueue>;

export const DeliveryEventView = z.object({
  seq: z.number().int(),
  action: DeliveryActionSchema,
  fromStatus: DeliveryStatusSchema,
  toStatus: DeliveryStatusSchema,
  detail: z.record(z.string(), z.unknown()),
  actorName: z.string(),
  at: timestamp,
});

export const DeliveryView = z.object({
  caseId: uuid,
  caseNumber: z.string(),
  caseState: z.enum(caseStates),
  /** The applicant's choice at intake (窗口领取 when none was made). */
  choice: DeliveryChoiceView,
  status: DeliveryStatusSchema,
  /** How the result left or is leaving; null while it waits at the window untouched. */
  method: z.enum(deliveryMethods).nullable(),
  address: z.string().nullable(),
  recipient: z.string().nullable(),
  courier: z.string().nullable(),
  waybill: z.string().nullable(),
  /** The collector at the window: name, masked ID, and whether applicant or agent. */
  collector: z.object({ name: z.string(), idNumber: z.string(), as: z.enum(['applicant', 'agent']) }).nullable(),
  hasSignature: z.boolean(),
  cabinetId: z.string().nullable(),
  door: z.number().int().nullable(),
  codeExpiresAt: timestamp.nullable(),
  handedOutAt: timestamp.nullable(),
  /** The applicant and the mandated agent, masked: whom the window may hand the result to. */
  collectors: z.array(z.object({ as: z.enum(['applicant', 'agent']), name: z.string(), idNumber: z.string() })),
  allowedActions: z.array(DeliveryActionSchema),
  history: z.array(DeliveryEventView),
});
export type DeliveryView = Json<typeof DeliveryView>;
export type DeliveryViewData = z.output<typeof DeliveryView>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** One action on a case's hand-out; each carries what its row needs. */
export const DeliveryActionRequest = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('window.hand_out'),
    collector: z.object({ name: text(100), idType: z.enum(['111', '414']), idNumber: text(40) }),
    /** The signature pad's canvas as a PNG data URL (or bare base64). */
    signaturePng: z.string().min(32).max(1_000_000),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({
    action: z.literal('mail.send'),
    address: text(200),
    recipient: text(100),
    phone: text(20),
    courier: text(50),
    /** Typed or scanned from the waybill's barcode. */
    waybill: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/),
  }),
  z.object({ action: z.literal('mail.signed'), note: z.string().trim().max(500).optional() }),
  z.object({ action: z.literal('mail.returned'), note: z.string().trim().max(500).optional() }),
  z.object({
    action: z.literal('cabinet.deposit'),
    cabinetId: z.string().trim().regex(/^[A-Za-z0-9-]{1,40}$/),
    door: z.number().int().min(1).max(500),
  }),
  z.object({ action: z.literal('cabinet.recall'), note: z.string().trim().max(500).optional() }),
]);
export type DeliveryActionRequest = Json<typeof DeliveryActionRequest>;

export const CabinetPickupRequest = z.object({ code: z.string().trim().regex(/^\d{8}$/) });
export const CabinetPickupResult = z.object({
  door: z.number().int(),
  /** The case number, for the cabinet's screen and its own log. */
  caseNumber: z.string(),
  itemName: z.string(),
});
export type CabinetPickupResult = Json<typeof CabinetPickupResult>;
