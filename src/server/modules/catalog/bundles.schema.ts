import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { centers } from '../org/org.schema.ts';
import { catalogItems } from './catalog.schema.ts';

/** 一件事 (migration 0042, decision 0048): a center's bundle of catalog items applied for with one form. */
export const catalogBundles = pgTable(
  'catalog_bundle',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    published: boolean('published').notNull().default(false),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('catalog_bundle_center_name_uq').on(t.centerId, t.name), index('catalog_bundle_published_idx').on(t.centerId).where(sql`${t.published}`)],
);

/** A bundle's items in order (seq from 1); rewritten whole when the list changes. */
export const catalogBundleItems = pgTable(
  'catalog_bundle_item',
  {
    bundleId: text('bundle_id')
      .notNull()
      .references(() => catalogBundles.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    itemId: text('item_id')
      .notNull()
      .references(() => catalogItems.id),
  },
  (t) => [
    primaryKey({ name: 'catalog_bundle_item_pk', columns: [t.bundleId, t.seq] }),
    uniqueIndex('catalog_bundle_item_uq').on(t.bundleId, t.itemId),
    index('catalog_bundle_item_item_idx').on(t.itemId),
  ],
);
