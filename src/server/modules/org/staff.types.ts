import { z } from 'zod';
import { roles } from '../../../domain/access/index.ts';
import { mobile } from './org.types.ts';

export const StaffInput = z.object({
  username: z.string().trim().toLowerCase().min(2).max(40).regex(/^[a-z0-9._-]+$/),
  name: z.string().trim().min(1).max(50),
  mobile: mobile.optional(),
  centerId: z.string().uuid(),
  departmentId: z.string().uuid().nullable().optional(),
  roles: z.array(z.enum(roles)).min(1).max(roles.length),
  initialPassword: z.string().min(10).max(128),
});
export type StaffInput = z.infer<typeof StaffInput>;

export const StaffPatch = z.object({
  name: z.string().trim().min(1).max(50).optional(),
  mobile: mobile.nullable().optional(),
  departmentId: z.string().uuid().nullable().optional(),
  centerId: z.string().uuid().optional(),
});
export type StaffPatch = z.infer<typeof StaffPatch>;

export const StaffRoles = z.object({ roles: z.array(z.enum(roles)).min(1).max(roles.length) });
export const PasswordReset = z.object({ temporaryPassword: z.string().min(10).max(128) });
