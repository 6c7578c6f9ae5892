// The shapes the org API answers with come from the contract (src/contract/org.ts); dates arrive as ISO strings.
export type { Center, CenterLevel, Department, Post, Region, ServiceWindow, Staff } from '../../../../contract/org.ts';

export type ActiveFilter = 'true' | 'false' | 'all';

export interface ListParams {
  page: number;
  pageSize: number;
  q?: string;
  active: ActiveFilter;
  centerId?: string;
  role?: string;
}
