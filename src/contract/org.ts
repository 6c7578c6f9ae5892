// Answers of the org module (/api/v1/regions, centers, departments, windows, staff).
import { z } from 'zod';
import { roles } from '../domain/access/index.ts';
import { page, timestamp, type Json } from './common.ts';

export const centerLevels = ['county', 'township', 'village', 'branch'] as const;
export type CenterLevel = (typeof centerLevels)[number];
export const posts = ['A', 'B'] as const;
export type Post = (typeof posts)[number];

const stamps = { createdAt: timestamp, updatedAt: timestamp };

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  parentCode: z.string().nullable(),
  active: z.boolean(),
  ...stamps,
});
export type Region = Json<typeof Region>;

export const Center = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(centerLevels),
  regionCode: z.string(),
  parentId: z.string().nullable(),
  /** '/root/child/…/self/': the chain of ids, so depth and ancestry are string checks. */
  path: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  openingHours: z.string().nullable(),
  active: z.boolean(),
  ...stamps,
});
export type Center = Json<typeof Center>;

export const Department = z.object({
  id: z.string(),
  centerId: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  uscc: z.string(),
  phone: z.string().nullable(),
  active: z.boolean(),
  ...stamps,
});
export type Department = Json<typeof Department>;

/** A window row as written (create, update); lists add its posts. */
export const WindowRow = z.object({
  id: z.string(),
  centerId: z.string(),
  number: z.string(),
  name: z.string(),
  kind: z.enum(['comprehensive', 'specialised']),
  departmentId: z.string().nullable(),
  servingPost: z.enum(posts),
  active: z.boolean(),
  ...stamps,
});
export const ServiceWindow = WindowRow.extend({ posts: z.array(z.object({ post: z.enum(posts), staffId: z.string() })) });
export type ServiceWindow = Json<typeof ServiceWindow>;
export const PostAssigned = z.object({ windowId: z.string(), post: z.enum(posts), staffId: z.string() });

const staffFields = {
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  centerId: z.string(),
  departmentId: z.string().nullable(),
  roles: z.array(z.enum(roles)),
  mustChangePassword: z.boolean(),
  lockedUntil: timestamp.nullable(),
  locked: z.boolean(),
  lastSignInAt: timestamp.nullable(),
  active: z.boolean(),
  ...stamps,
};
/** A staff record as lists show it: the mobile number masked (138****0015). */
export const Staff = z.object({ ...staffFields, mobile: z.string().nullable(), twoFactorEnabled: z.boolean().nullable().optional() });
export type Staff = Json<typeof Staff>;
/** GET /staff/:id: the mobile number in full (the read is audited). */
export const StaffPersonal = z.object({ ...staffFields, mobile: z.string().nullable() });

export const RegionPage = page(Region);
export const CenterPage = page(Center);
export const DepartmentPage = page(Department);
export const WindowPage = page(ServiceWindow);
export const StaffPage = page(Staff);

/** The centers a kiosk or display may be set up for (public: names and levels only). */
export const PublicCenter = z.object({ id: z.string(), name: z.string(), level: z.enum(centerLevels) });
export type PublicCenter = Json<typeof PublicCenter>;
export const PublicCenters = z.object({ items: z.array(PublicCenter) });
