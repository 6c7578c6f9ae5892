// Answers about 一件事 bundles (decision 0048): the console's (/api/v1/catalog/bundles) and the
// online hall's (/api/v1/portal/bundles). The merged form and materials come from
// src/domain/catalog/bundles.ts.
import { z } from 'zod';
import { Guide, Material, TimeLimit } from '../domain/catalog/index.ts';
import { list, timestamp, type Json } from './common.ts';

const jsonObject = z.record(z.string(), z.unknown());

export const MergedForm = z.object({
  fields: z.array(z.object({ key: z.string(), schema: jsonObject, itemIds: z.array(z.string()), required: z.boolean() })),
  conflicts: z.array(z.object({ key: z.string(), uses: z.array(z.object({ itemId: z.string(), type: z.string() })) })),
  schema: z.object({ type: z.literal('object'), title: z.string().optional(), required: z.array(z.string()), properties: z.record(z.string(), jsonObject) }),
});
export type MergedForm = Json<typeof MergedForm>;

/** A bundle's item as the console shows it: its newest name and whether the public can see it. */
export const BundleItemView = z.object({
  itemId: z.string(),
  centerId: z.string(),
  name: z.string(),
  subItemName: z.string().nullable(),
  active: z.boolean(),
  published: z.boolean(),
});
export type BundleItemView = Json<typeof BundleItemView>;

export const Bundle = z.object({
  id: z.string(),
  centerId: z.string(),
  name: z.string(),
  description: z.string(),
  published: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  items: z.array(BundleItemView),
});
export type Bundle = Json<typeof Bundle>;
export const BundleList = list(Bundle);

/** One bundle in the console: its items, and the merged form with any conflict to fix before publishing. */
export const BundleDetail = Bundle.extend({ form: MergedForm });
export type BundleDetail = Json<typeof BundleDetail>;

/** A published item of a bundle as the public sees it. */
export const PortalBundleItem = z.object({
  itemId: z.string(),
  name: z.string(),
  subItemName: z.string().nullable(),
  implementingBody: z.string(),
  caseType: Guide.shape.caseType,
  promisedLimit: TimeLimit.nullable(),
  online: z.boolean(),
  visits: z.number().int(),
});
export type PortalBundleItem = Json<typeof PortalBundleItem>;

export const PortalBundleSummary = z.object({
  id: z.string(),
  centerId: z.string(),
  name: z.string(),
  description: z.string(),
  items: z.array(z.object({ itemId: z.string(), name: z.string() })),
});
export type PortalBundleSummary = Json<typeof PortalBundleSummary>;
export const PortalBundleList = list(PortalBundleSummary);

/** The bundle page: its items, the total materials (one row per material name) and the one form. */
export const PortalBundle = PortalBundleSummary.omit({ items: true }).extend({
  items: z.array(PortalBundleItem),
  materials: z.array(Material.extend({ itemIds: z.array(z.string()) })),
  form: MergedForm,
});
export type PortalBundle = Json<typeof PortalBundle>;
