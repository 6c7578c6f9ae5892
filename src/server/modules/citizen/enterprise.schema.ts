import { boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { EnterpriseRole, MandateStatus } from '../../../domain/citizen/index.ts';
import { citizenAccounts } from './citizen.schema.ts';

// Enterprise accounts and mandates of the online hall (issue #19, decision 0044). Migration
// 0038 holds the same tables in SQL (with the CHECK constraints).

export const enterpriseAccounts = pgTable(
  'enterprise_account',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    legalRepName: text('legal_rep_name').notNull(),
    legalRepIdNumber: text('legal_rep_id_number').notNull(),
    registeredByAccountId: text('registered_by_account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    registrantIsLegalRep: boolean('registrant_is_legal_rep').notNull(),
    /** 'declared': as the registrant declared it (no registry to ask); 'verified' once one answers. */
    verification: text('verification').$type<'declared' | 'verified'>().notNull().default('declared'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('enterprise_account_uscc_uq').on(t.uscc)],
);

/** The enterprise's own staff: 管理员 and 经办人. */
export const enterpriseMembers = pgTable(
  'enterprise_member',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id')
      .notNull()
      .references(() => enterpriseAccounts.id),
    accountId: text('account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    role: text('role').$type<EnterpriseRole>().notNull(),
    addedByAccountId: text('added_by_account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('enterprise_member_uq').on(t.enterpriseId, t.accountId), index('enterprise_member_account_idx').on(t.accountId)],
);

/** 委托代理: a person or an enterprise lets the agent act for it. */
export const citizenMandates = pgTable(
  'citizen_mandate',
  {
    id: text('id').primaryKey(),
    principalKind: text('principal_kind').$type<'person' | 'enterprise'>().notNull(),
    principalAccountId: text('principal_account_id').references(() => citizenAccounts.id),
    principalEnterpriseId: text('principal_enterprise_id').references(() => enterpriseAccounts.id),
    agentAccountId: text('agent_account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    /** null: every item. */
    itemIds: jsonb('item_ids').$type<string[] | null>(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    status: text('status').$type<MandateStatus>().notNull().default('offered'),
    grantedByAccountId: text('granted_by_account_id')
      .notNull()
      .references(() => citizenAccounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByAccountId: text('revoked_by_account_id').references(() => citizenAccounts.id),
  },
  (t) => [
    index('citizen_mandate_agent_idx').on(t.agentAccountId),
    index('citizen_mandate_principal_account_idx').on(t.principalAccountId),
    index('citizen_mandate_principal_enterprise_idx').on(t.principalEnterpriseId),
  ],
);
