import { customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MaterialFileKind } from '../../../domain/catalog/index.ts';
import { centers } from '../org/org.schema.ts';
import { catalogMaterials, catalogVersions } from './catalog.schema.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * 样表 and 空白表格 of a material, stored in the database (at most 5 MB each). Rows belong to
 * one version: a new draft copies the rows of the version it starts from, so a published
 * version's files never change.
 */
export const catalogFiles = pgTable(
  'catalog_file',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id),
    versionId: text('version_id')
      .notNull()
      .references(() => catalogVersions.id),
    materialId: text('material_id')
      .notNull()
      .references(() => catalogMaterials.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MaterialFileKind>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: text('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalog_file_version_idx').on(t.versionId), index('catalog_file_material_idx').on(t.materialId)],
);

/**
 * Catalog rules a center sets for itself and the centers below it: a township without its own
 * row follows the nearest center above it that has one, else the built-in default.
 */
export const catalogSettings = pgTable('catalog_setting', {
  centerId: text('center_id')
    .primaryKey()
    .references(() => centers.id),
  /** Required reduction of the promised limit against the legal one, in percent. */
  promisedReductionPct: integer('promised_reduction_pct').notNull(),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
