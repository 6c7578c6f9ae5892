import type { Audience, CaseType, Theme, VersionState } from '../../../../domain/catalog/index.ts';

// The shapes the catalog API answers with come from the contract (src/contract/catalog.ts): dates arrive as ISO strings.
export type { CatalogItem, Comparison, Delegation, ItemDetail, ItemSummary, MaterialRow, VersionDetail, VersionSummary } from '../../../../contract/catalog.ts';

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
