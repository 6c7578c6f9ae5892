import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

// Citizen accounts of the online hall (issue #19, decision 0041). Migration 0035 holds the
// same tables in SQL.

export const citizenAccounts = pgTable(
  'citizen_account',
  {
    id: text('id').primaryKey(),
    mobile: text('mobile').notNull(),
    realName: text('real_name'),
    idNumber: text('id_number'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('citizen_account_mobile_uq').on(t.mobile), uniqueIndex('citizen_account_id_number_uq').on(t.idNumber).where(sql`${t.idNumber} IS NOT NULL`)],
);

/** Every code sent, as a hash; the hourly limits count these rows. */
export const citizenSignInCodes = pgTable(
  'citizen_sign_in_code',
  {
    id: text('id').primaryKey(),
    mobile: text('mobile').notNull(),
    codeHash: text('code_hash').notNull(),
    ip: text('ip').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('citizen_sign_in_code_mobile_idx').on(t.mobile, t.createdAt), index('citizen_sign_in_code_ip_idx').on(t.ip, t.createdAt)],
);

/** Wrong codes in a row per number and the lock they led to. */
export const citizenSignInGuards = pgTable('citizen_sign_in_guard', {
  mobile: text('mobile').primaryKey(),
  wrongInRow: integer('wrong_in_row').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const citizenSessions = pgTable(
  'citizen_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('citizen_session_account_idx').on(t.accountId)],
);
