import type { Role } from '../../../../domain/access/index.ts';

// The shapes the org API answers with (src/server/modules/org): dates arrive as ISO strings.

export type CenterLevel = 'county' | 'township' | 'village' | 'branch';
export type Post = 'A' | 'B';

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
  active: boolean;
}

export interface Center {
  id: string;
  code: string;
  name: string;
  level: CenterLevel;
  regionCode: string;
  parentId: string | null;
  /** '/root/child/…/self/': the chain of ids, so depth and ancestry are string checks. */
  path: string;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
  active: boolean;
}

export interface Department {
  id: string;
  centerId: string;
  name: string;
  shortName: string | null;
  uscc: string;
  phone: string | null;
  active: boolean;
}

export interface ServiceWindow {
  id: string;
  centerId: string;
  number: string;
  name: string;
  kind: 'comprehensive' | 'specialised';
  departmentId: string | null;
  servingPost: Post;
  active: boolean;
  posts: { post: Post; staffId: string }[];
}

export interface Staff {
  id: string;
  username: string;
  name: string;
  /** Masked in lists (138****0015); in full only from GET /staff/:id, whose read is audited. */
  mobile: string | null;
  centerId: string;
  departmentId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
  lockedUntil: string | null;
  locked: boolean;
  twoFactorEnabled?: boolean;
  lastSignInAt: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ActiveFilter = 'true' | 'false' | 'all';

export interface ListParams {
  page: number;
  pageSize: number;
  q?: string;
  active: ActiveFilter;
  centerId?: string;
  role?: string;
}
