import { z } from 'zod';
import {
  audiences,
  caseTypes,
  codesOf,
  delegationModes,
  GuideDraft,
  LOCAL_CODE_MAX,
  MaterialInput,
  themes,
  validateBasicCode,
  basicCodeMessage,
  versionStates,
} from '../../../domain/catalog/index.ts';
import { pageQuery } from '../../platform/http/pagination.ts';

// Request schemas of the catalog module: one name for the schema and its type.
const uuid = z.string().uuid({ message: '编号格式不正确' });

export const basicCode = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const r = validateBasicCode(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `${basicCodeMessage(r.reason)}（国家基本编码为 12 位，地方编码最多 ${LOCAL_CODE_MAX} 位）` });
  });

export const CreateItemInput = z.object({
  centerId: uuid,
  basicCode,
  localCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z_-]{1,50}$/, { message: `地方编码只能包含字母、数字、下划线和连字符，最多 ${LOCAL_CODE_MAX} 位` })
    .nullable()
    .optional(),
  guide: GuideDraft,
  materials: z.array(MaterialInput).max(100, { message: '申请材料最多 100 项' }).optional(),
});
export type CreateItemInput = z.infer<typeof CreateItemInput>;

export const ItemPatch = z.object({ basicCode: basicCode.optional(), localCode: CreateItemInput.shape.localCode });
export type ItemPatch = z.infer<typeof ItemPatch>;

const search = {
  q: z.string().trim().max(100, { message: '搜索词不能超过 100 个字符' }).optional(),
  theme: z.enum(codesOf(themes), { message: '服务主题不正确' }).optional(),
  audience: z.enum(codesOf(audiences), { message: '服务对象应为 person（个人）或 enterprise（法人）' }).optional(),
  departmentId: uuid.optional(),
  caseType: z.enum(codesOf(caseTypes), { message: '办件类型应为 instant、promised、joint 或 escalated' }).optional(),
  /** A center's catalog: its own items and those delegated to it. */
  centerId: uuid.optional(),
};

export const ItemSearch = z.object({ ...search, state: z.enum(versionStates, { message: '版本状态应为 draft、published 或 retired' }).optional() });
export type ItemSearch = z.infer<typeof ItemSearch>;
export const ItemListQuery = pageQuery.extend(ItemSearch.shape);

export const PortalSearch = z.object(search);
export type PortalSearch = z.infer<typeof PortalSearch>;
export const PortalListQuery = pageQuery.extend(PortalSearch.shape);

export const RetireInput = z.object({ reason: z.string().trim().min(1, { message: '请填写废止原因' }).max(500, { message: '废止原因不能超过 500 个字符' }) });
export type RetireInput = z.infer<typeof RetireInput>;

export const DelegationInput = z.object({
  toCenterId: uuid,
  mode: z.enum(codesOf(delegationModes), { message: '方式应为 entrust（委托）或 devolve（下放）' }),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { message: '日期不存在' })
    .optional(),
});
export type DelegationInput = z.infer<typeof DelegationInput>;

export const CompareQuery = z.object({ from: uuid, to: uuid, lang: z.enum(['zh', 'en']).optional() });
export type CompareQuery = z.infer<typeof CompareQuery>;
