import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Append-only: database triggers (migration 0001) refuse UPDATE, DELETE and TRUNCATE.
// Rows are written in the same transaction as the change they describe; a sealer chains
// them by hash afterwards, in sequence order, so writers never queue on "the last hash".
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    centerId: text('center_id'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result').notNull(),
    ip: text('ip'),
    summary: jsonb('summary'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_object_idx').on(t.objectType, t.objectId)],
);

export const auditSeal = pgTable('audit_seal', {
  seq: bigint('seq', { mode: 'number' })
    .primaryKey()
    .references(() => auditLog.seq),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});
