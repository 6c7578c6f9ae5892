import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DeliveryAction, DeliveryStatus } from '../../../../domain/case/index.ts';
import { centers } from '../../org/org.schema.ts';
import { caseRecords, type DeliveryChoiceRecord } from '../case.schema.ts';

// Handing out the result (issue #18, decision 0038, migration 0032). One row per case, changed
// only by delivery.service.ts (one use case per action), with its append-only history.

export const caseDeliveries = pgTable(
  'case_delivery',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => caseRecords.id),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    status: text('status').$type<DeliveryStatus>().notNull(),
    /** How the result left or is leaving: window, mail or cabinet. */
    method: text('method').$type<'window' | 'mail' | 'cabinet' | 'electronic'>().notNull(),
    address: text('address'),
    recipient: text('recipient'),
    recipientPhone: text('recipient_phone'),
    courier: text('courier'),
    waybill: text('waybill'),
    collectorName: text('collector_name'),
    collectorIdType: text('collector_id_type'),
    collectorIdNumber: text('collector_id_number'),
    collectorAs: text('collector_as').$type<'applicant' | 'agent'>(),
    /** The collector's signature (PNG) in the file store. */
    signatureSha256: text('signature_sha256'),
    cabinetId: text('cabinet_id'),
    cabinetDoor: integer('cabinet_door'),
    /** HMAC of the cabinet id and the code; the code itself is only in the SMS. */
    codeHash: text('code_hash'),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
    codeUsedAt: timestamp('code_used_at', { withTimezone: true }),
    depositedAt: timestamp('deposited_at', { withTimezone: true }),
    handedOutAt: timestamp('handed_out_at', { withTimezone: true }),
    /** 我的办件 (issue #19, migration 0039): the applicant's own choice for this case, over the application's. */
    choice: jsonb('choice').$type<DeliveryChoiceRecord | null>(),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('case_delivery_live_code_uq').on(t.cabinetId, t.codeHash).where(sql`${t.status} = 'in_cabinet'`),
    index('case_delivery_code_idx').on(t.codeHash),
    index('case_delivery_center_status_idx').on(t.centerId, t.status, t.updatedAt),
  ],
);

/** The append-only history of a hand-out (triggers refuse UPDATE, DELETE, TRUNCATE). */
export const caseDeliveryEvents = pgTable(
  'case_delivery_event',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => caseRecords.id),
    seq: integer('seq').notNull(),
    action: text('action').$type<DeliveryAction>().notNull(),
    fromStatus: text('from_status').$type<DeliveryStatus>().notNull(),
    toStatus: text('to_status').$type<DeliveryStatus>().notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('case_delivery_event_seq_uq').on(t.caseId, t.seq)],
);
