import type {
  Audience,
  CaseType,
  Channel,
  DelegationMode,
  FieldChange,
  Guide,
  Material,
  MaterialChange,
  MaterialFileInfo,
  Theme,
  TimeLimit,
  VersionState,
} from '../../../../domain/catalog/index.ts';

// The shapes the catalog API answers with (src/server/modules/catalog): dates arrive as ISO strings.

/** One row of GET /catalog/items: an item with its newest version (the draft when there is one). */
export interface ItemSummary {
  itemId: string;
  centerId: string;
  basicCode: string;
  localCode: string | null;
  active: boolean;
  /** The published version, if any; differs from versionId while a draft is open. */
  currentVersionId: string | null;
  versionId: string;
  versionNo: number;
  state: VersionState;
  name: string;
  subItemName: string | null;
  itemType: string;
  caseType: CaseType;
  departmentId: string | null;
  implementingBody: string;
  implementationCode: string | null;
  legalLimit: TimeLimit | null;
  promisedLimit: TimeLimit | null;
  themes: Theme[];
  serviceObjects: string[];
  channels: Channel[];
  online: boolean;
  visits: number;
  /** False for an item another center owns and delegated to one in the user's scope. */
  owned: boolean;
}

export interface MaterialRow extends Material {
  id: string;
  versionId: string;
  seq: number;
}

export interface VersionSummary {
  id: string;
  versionNo: number;
  state: VersionState;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  createdBy: string | null;
  updatedAt: string;
}

/** A whole version: the guide, its life dates and its materials. */
export type VersionDetail = Guide &
  Omit<VersionSummary, 'name'> & {
    itemId: string;
    createdAt: string;
    materials: MaterialRow[];
    /** 样表 and 空白表格 of the materials (GET /catalog/versions/:id only). */
    files?: MaterialFileInfo[];
    /** Only from GET /catalog/versions/:id. */
    basicCode?: string;
    localCode?: string | null;
    centerId?: string;
  };

export interface CatalogItem {
  id: string;
  centerId: string;
  basicCode: string;
  localCode: string | null;
  currentVersionId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Delegation {
  id: string;
  itemId: string;
  toCenterId: string;
  mode: DelegationMode;
  since: string;
  active: boolean;
  endedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  centerName: string;
  centerLevel: string;
}

export interface ItemDetail {
  item: CatalogItem;
  /** Newest first. */
  versions: VersionSummary[];
  /** The newest version in full. */
  head: VersionDetail;
  delegations: Delegation[];
}

export interface Comparison {
  from: VersionSummary;
  to: VersionSummary;
  fields: FieldChange[];
  materials: MaterialChange[];
}

export interface CatalogListParams {
  page: number;
  pageSize: number;
  q?: string;
  theme?: Theme;
  audience?: Audience;
  departmentId?: string;
  caseType?: CaseType;
  state?: VersionState;
  centerId?: string;
}
