// Answers of the catalog (/api/v1/catalog: staff) and the online hall's guides (/api/v1/portal).
// A guide's fields are the domain's own schema (src/domain/catalog/guide.ts).
import { z } from 'zod';
import { Guide, MATERIAL_FILE_KINDS, Material, TimeLimit, codesOf, delegationModes, problemCodes, themes, versionStates } from '../domain/catalog/index.ts';
import { isoDate, list, page, timestamp, type Json } from './common.ts';

const stamps = { createdAt: timestamp, updatedAt: timestamp };
const state = z.enum(versionStates);

export const CatalogItem = z.object({
  id: z.string(),
  centerId: z.string(),
  basicCode: z.string(),
  localCode: z.string().nullable(),
  currentVersionId: z.string().nullable(),
  active: z.boolean(),
  ...stamps,
});
export type CatalogItem = Json<typeof CatalogItem>;

export const MaterialRow = Material.extend({ id: z.string(), versionId: z.string(), seq: z.number().int() });
export type MaterialRow = Json<typeof MaterialRow>;

/** 样表 and 空白表格 of a version's materials, without their bytes. */
export const MaterialFileInfo = z.object({
  id: z.string(),
  materialId: z.string(),
  kind: z.enum(MATERIAL_FILE_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: timestamp,
});
export type MaterialFileInfo = Json<typeof MaterialFileInfo>;

const versionMeta = {
  id: z.string(),
  itemId: z.string(),
  versionNo: z.number().int(),
  state,
  validFrom: timestamp.nullable(),
  validTo: timestamp.nullable(),
  createdBy: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  ...stamps,
};
/** A version row: the guide and its life dates. */
export const VersionRow = Guide.extend(versionMeta);

export const VersionSummary = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  state,
  name: z.string(),
  validFrom: timestamp.nullable(),
  validTo: timestamp.nullable(),
  publishedAt: timestamp.nullable(),
  publishedBy: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedAt: timestamp,
});
export type VersionSummary = Json<typeof VersionSummary>;

/** A whole version: the guide, its life dates and its materials (GET /catalog/versions/:id adds files and the item's codes). */
export const VersionDetail = VersionRow.extend({
  materials: z.array(MaterialRow),
  files: z.array(MaterialFileInfo).optional(),
  basicCode: z.string().optional(),
  localCode: z.string().nullable().optional(),
  centerId: z.string().optional(),
});
export type VersionDetail = Json<typeof VersionDetail>;

export const Delegation = z.object({
  id: z.string(),
  itemId: z.string(),
  toCenterId: z.string(),
  mode: z.enum(codesOf(delegationModes)),
  since: isoDate,
  active: z.boolean(),
  endedAt: timestamp.nullable(),
  createdBy: z.string().nullable(),
  ...stamps,
});
export const DelegationView = Delegation.extend({ centerName: z.string(), centerLevel: z.string() });
export type Delegation = Json<typeof DelegationView>;

export const ItemDetail = z.object({
  item: CatalogItem,
  /** Newest first. */
  versions: z.array(VersionSummary),
  /** The newest version in full. */
  head: VersionDetail,
  delegations: z.array(DelegationView),
});
export type ItemDetail = Json<typeof ItemDetail>;

const itemFacts = {
  itemId: z.string(),
  centerId: z.string(),
  basicCode: z.string(),
  localCode: z.string().nullable(),
  name: z.string(),
  subItemName: z.string().nullable(),
  itemType: Guide.shape.itemType,
  caseType: Guide.shape.caseType,
  departmentId: z.string().nullable(),
  implementingBody: z.string(),
  implementationCode: z.string().nullable(),
  legalLimit: TimeLimit.nullable(),
  promisedLimit: TimeLimit.nullable(),
  themes: Guide.shape.themes,
  serviceObjects: Guide.shape.serviceObjects,
  channels: Guide.shape.channels,
  online: z.boolean(),
  visits: z.number().int(),
};
/** One row of GET /catalog/items: an item with its newest version (the draft when there is one). */
export const ItemSummary = z.object({
  ...itemFacts,
  active: z.boolean(),
  /** The published version, if any; differs from versionId while a draft is open. */
  currentVersionId: z.string().nullable(),
  versionId: z.string(),
  versionNo: z.number().int(),
  state,
  /** False for an item another center owns and delegated to one in the user's scope. */
  owned: z.boolean(),
});
export type ItemSummary = Json<typeof ItemSummary>;
export const ItemPage = page(ItemSummary);

const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const Comparison = z.object({
  from: VersionSummary,
  to: VersionSummary,
  fields: z.array(FieldChange),
  materials: z.array(
    z.discriminatedUnion('change', [
      z.object({ change: z.literal('added'), name: z.string(), after: z.unknown() }),
      z.object({ change: z.literal('removed'), name: z.string(), before: z.unknown() }),
      z.object({ change: z.literal('changed'), name: z.string(), fields: z.array(FieldChange) }),
    ]),
  ),
});
export type Comparison = Json<typeof Comparison>;

export const CatalogProblem = z.object({ code: z.enum(problemCodes), severity: z.enum(['error', 'warning']), field: z.string(), message: z.string() });
export const CheckResult = z.object({ publishable: z.boolean(), problems: z.array(CatalogProblem) });
export type CheckResult = Json<typeof CheckResult>;
export const PublishResult = z.object({ version: VersionRow, warnings: z.array(CatalogProblem) });
export type PublishResult = Json<typeof PublishResult>;
export const ItemCreated = z.object({ item: CatalogItem, version: VersionRow, materials: z.array(MaterialRow) });
export const DraftCreated = z.object({ version: VersionRow, materials: z.array(MaterialRow) });

export const CatalogSettings = z.object({
  centerId: z.string(),
  promisedReductionPct: z.number(),
  /** Set by this center itself (false: inherited or the default). */
  own: z.boolean(),
  inheritedFrom: z.object({ centerId: z.string(), name: z.string() }).nullable(),
  defaultPct: z.number(),
});
export type CatalogSettings = Json<typeof CatalogSettings>;

export const ImportResult = z.object({
  dryRun: z.boolean(),
  /** True when the file has no problem (and, unless a dry run, was written). */
  ok: z.boolean(),
  items: z.number().int(),
  unchanged: z.number().int(),
  created: z.number().int(),
  newDrafts: z.number().int(),
  updatedDrafts: z.number().int(),
  codesUpdated: z.number().int(),
  changes: z.array(
    z.object({
      key: z.string(),
      row: z.number().int(),
      name: z.string(),
      action: z.enum(['create', 'newDraft', 'updateDraft', 'updateCodes']),
      itemId: z.string().nullable(),
      versionId: z.string().nullable(),
      fields: z.array(z.string()),
      materialsChanged: z.boolean(),
    }),
  ),
  errors: z.array(z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportResult = Json<typeof ImportResult>;

/** One row of the public search. */
export const PortalItem = z.object({ ...itemFacts, versionId: z.string(), versionNo: z.number().int() });
export type PortalItem = Json<typeof PortalItem>;
export const PortalItemPage = page(PortalItem);

/** The published guide as the public sees it: no staff ids. */
export const PortalGuide = Guide.extend({
  ...versionMeta,
  basicCode: z.string(),
  localCode: z.string().nullable(),
  centerId: z.string(),
  materials: z.array(Material.extend({ id: z.string(), seq: z.number().int() })),
  files: z.array(MaterialFileInfo),
}).omit({ createdBy: true, publishedBy: true });
export type PortalGuide = Json<typeof PortalGuide>;

export const ThemeCount = z.object({ code: z.enum(codesOf(themes)), zh: z.string(), en: z.string(), count: z.number().int() });
export type ThemeCount = Json<typeof ThemeCount>;
export const ThemeCounts = list(ThemeCount);
export const DepartmentCount = z.object({ departmentId: z.string().nullable(), name: z.string(), count: z.number().int() });
export type DepartmentCount = Json<typeof DepartmentCount>;
export const DepartmentCounts = list(DepartmentCount);
