import { z } from 'zod';
import { validateRegionCode, validateUscc } from '../../../domain/identifiers/index.ts';
import { mobileNumber } from '../../platform/http/identifiers.ts';

// Request schemas of the org module: one name for the schema and its type.
export const centerLevels = ['county', 'township', 'village', 'branch'] as const;
export const windowKinds = ['comprehensive', 'specialised'] as const;
export const posts = ['A', 'B'] as const;

const name = z.string().trim().min(1).max(100);
const phone = z.string().trim().max(30).regex(/^[0-9\-+() ]*$/);

export const regionCode = z
  .string()
  .trim()
  .refine((v) => validateRegionCode(v).ok, { message: '行政区划代码不正确 (GB/T 2260: 6、9 或 12 位)' });
export const uscc = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => validateUscc(v).ok, { message: '统一社会信用代码不正确 (GB 32100 校验位不符)' });
export const mobile = mobileNumber;

export const RegionInput = z.object({ code: regionCode, name, parentCode: regionCode.optional() });
export type RegionInput = z.infer<typeof RegionInput>;

export const CenterInput = z.object({
  code: z.string().trim().min(2).max(50).regex(/^[A-Za-z0-9_-]+$/),
  name,
  level: z.enum(centerLevels),
  regionCode,
  parentId: z.string().uuid().nullable().optional(),
  address: z.string().trim().max(200).optional(),
  phone: phone.optional(),
  openingHours: z.string().trim().max(200).optional(),
});
export type CenterInput = z.infer<typeof CenterInput>;
export const CenterPatch = CenterInput.omit({ code: true, level: true, parentId: true }).partial();
export type CenterPatch = z.infer<typeof CenterPatch>;

export const DepartmentInput = z.object({
  centerId: z.string().uuid(),
  name,
  shortName: z.string().trim().max(30).optional(),
  uscc,
  phone: phone.optional(),
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;
export const DepartmentPatch = DepartmentInput.omit({ centerId: true }).partial();
export type DepartmentPatch = z.infer<typeof DepartmentPatch>;

export const WindowInput = z.object({
  centerId: z.string().uuid(),
  number: z.string().trim().min(1).max(10).regex(/^[A-Za-z0-9-]+$/),
  name,
  kind: z.enum(windowKinds),
  departmentId: z.string().uuid().nullable().optional(),
});
export type WindowInput = z.infer<typeof WindowInput>;
export const WindowPatch = WindowInput.omit({ centerId: true }).partial();
export type WindowPatch = z.infer<typeof WindowPatch>;

export const PostAssignment = z.object({ post: z.enum(posts), staffId: z.string().uuid() });
export type PostAssignment = z.infer<typeof PostAssignment>;

export const ListFilter = z.object({
  q: z.string().trim().max(100).optional(),
  centerId: z.string().uuid().optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export type ListFilter = z.infer<typeof ListFilter>;
