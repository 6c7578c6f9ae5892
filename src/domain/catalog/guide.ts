// The standard guide (办事指南) of one item version: every element of GB/T 39046 table 4
// (FACTS.md §C). One zod schema per shape, sharing its name with its type, used by the
// server to validate input and by the console to build its forms.
import { z } from 'zod';
import {
  bodyNatures,
  caseTypes,
  channels,
  codesOf,
  exerciseLevels,
  handlingScopes,
  itemTypes,
  limitUnits,
  defaultRetentionPeriod,
  retentionPeriods,
  serviceObjects,
  specialProcedureKinds,
  themes,
} from './code-tables.ts';
import { implementationCodeMessage, validateImplementationCode } from './codes.ts';
import { validateUscc } from '../identifiers/index.ts';

const text = (max: number) => z.string().trim().max(max, { message: `不能超过 ${max} 个字符` });
const required = (max: number, what: string) => z.string().trim().min(1, { message: `请填写${what}` }).max(max, { message: `${what}不能超过 ${max} 个字符` });
export const phoneText = z
  .string()
  .trim()
  .max(50, { message: '电话号码过长' })
  .regex(/^[0-9\-+()、, ]*$/, { message: '电话号码只能包含数字、连字符、括号和分隔符' });
const fen = z.number().int({ message: '金额以分为单位，须为整数' }).min(0, { message: '金额不能为负数' }).max(100_000_000_00);
const uuid = z.string().uuid({ message: '编号格式不正确' });

/** 办结时限: an amount in a unit, with a note (where a longer legal limit cites its law). */
export const TimeLimit = z.object({
  amount: z.number().int({ message: '时限须为整数' }).min(0, { message: '时限不能为负数' }).max(3650, { message: '时限过长' }),
  unit: z.enum(codesOf(limitUnits), { message: '时限单位应为工作日、自然日或即办' }),
  note: text(500).default(''),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/** 审查细则: one point an approver checks, against what, and what to look out for. */
export const ReviewRule = z.object({
  point: required(200, '审查要点'),
  basis: text(500).default(''),
  keyPoints: text(1000).default(''),
});
export type ReviewRule = z.infer<typeof ReviewRule>;

/** 办理流程 step, published with the guide: who is responsible and how to reach them. */
export const ProcessStep = z.object({
  name: required(50, '环节名称'),
  post: required(100, '责任岗位'),
  phone: phoneText.default(''),
  timeAllowed: TimeLimit.optional(),
  reviewRules: z.array(ReviewRule).max(50).default([]),
});
export type ProcessStep = z.infer<typeof ProcessStep>;

export const FeeItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), name: required(100, '收费项目'), amountFen: fen }),
  z.object({
    kind: z.literal('perUnit'),
    name: required(100, '收费项目'),
    unit: required(20, '计费单位'),
    unitFen: fen,
    minFen: fen.optional(),
    maxFen: fen.optional(),
  }),
]);
export type FeeItem = z.infer<typeof FeeItem>;

/** 是否收费, 收费依据 and 标准. Money is integer fen (分) everywhere. */
export const Fee = z.object({
  charged: z.boolean(),
  basis: text(1000).default(''),
  items: z.array(FeeItem).max(50).default([]),
});
export type Fee = z.infer<typeof Fee>;

export const JointDepartment = z.object({ departmentId: uuid.nullable().default(null), name: required(100, '联办部门名称') });
export type JointDepartment = z.infer<typeof JointDepartment>;

export const IntermediaryService = z.object({ name: required(200, '中介服务名称'), basis: text(500).default(''), required: z.boolean().default(true) });
export type IntermediaryService = z.infer<typeof IntermediaryService>;

export const SpecialProcedure = z.object({
  kind: z.enum(codesOf(specialProcedureKinds), { message: '特别程序种类应为 1（延长审批）或 2（其他）' }),
  name: required(100, '特别程序名称'),
  limit: TimeLimit.optional(),
  note: text(500).default(''),
});
export type SpecialProcedure = z.infer<typeof SpecialProcedure>;

export const Faq = z.object({ question: required(500, '问题'), answer: required(2000, '解答') });
export type Faq = z.infer<typeof Faq>;

// 情形引导: questions whose answers tailor the checklist (decision 0029). Options refer to
// materials by name, not id: a new draft copies its materials under new ids, and names are
// what the console, the Excel sheet and the applicant see; a name that no longer matches
// is a publish error (SITUATION_MATERIAL_UNKNOWN).
const situationKey = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z_-]{1,40}$/, { message: '情形或选项的编号只能包含字母、数字、下划线和连字符' });
const materialRef = required(200, '材料名称');

/** One answer to a 情形 question: which materials it makes required or removes, and what it adds to 受理条件. */
export const SituationOption = z.object({
  id: situationKey,
  label: required(100, '选项'),
  requires: z.array(materialRef).max(100).default([]),
  drops: z.array(materialRef).max(100).default([]),
  conditions: text(1000).default(''),
});
export type SituationOption = z.infer<typeof SituationOption>;

export const SituationQuestion = z.object({
  id: situationKey,
  question: required(200, '情形问题'),
  options: z.array(SituationOption).min(2, { message: '每个情形问题至少要有两个选项' }).max(20, { message: '选项最多 20 个' }),
});
export type SituationQuestion = z.infer<typeof SituationQuestion>;

const uniqueIds = (ids: string[]) => new Set(ids).size === ids.length;
export const Situations = z
  .array(SituationQuestion)
  .max(30, { message: '情形问题最多 30 个' })
  .refine((qs) => uniqueIds(qs.map((q) => q.id)), { message: '情形问题的编号不能重复' })
  .refine((qs) => qs.every((q) => uniqueIds(q.options.map((o) => o.id))), { message: '同一问题的选项编号不能重复' });
export type Situations = z.infer<typeof Situations>;

/** The answers given: question id → option id. A question left out is unanswered. */
export const SituationAnswers = z.record(situationKey, situationKey);
export type SituationAnswers = z.infer<typeof SituationAnswers>;

/** 在线表单: a JSON Schema object the portal renders; we only check its outer shape here. */
export const FormSchema = z
  .record(z.string(), z.unknown())
  .refine((s) => s.type === 'object', { message: '在线表单定义须为 JSON Schema 对象（type 为 object）' });

// Top-level guide fields carry no zod defaults: a PATCH must leave an omitted field alone
// (zod's .partial() would still fill defaults), so defaults live in `guideDefaults`.
const guideShape = {
  name: required(200, '事项名称'),
  subItemName: text(200).nullable(),
  subItemCode: text(50).nullable(),
  itemType: z.enum(codesOf(itemTypes), { message: '事项类型代码不正确' }),
  legalBasis: text(5000),
  exerciseLevel: z.enum(codesOf(exerciseLevels), { message: '行使层级应为 1-7' }),
  departmentId: uuid.nullable(),
  implementingBody: text(200),
  implementingBodyUscc: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === '' || validateUscc(v).ok, { message: '实施主体统一社会信用代码不正确（GB 32100 校验位不符）' }),
  implementingBodyNature: z.enum(codesOf(bodyNatures), { message: '实施主体性质应为 1、2、3 或 9' }),
  implementationCode: z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const r = validateImplementationCode(v);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: implementationCodeMessage(r) });
    })
    .nullable(),
  legalLimit: TimeLimit.nullable(),
  promisedLimit: TimeLimit.nullable(),
  acceptanceConditions: text(5000),
  process: z.array(ProcessStep).max(30),
  jointDepartments: z.array(JointDepartment).max(30),
  leadDepartmentId: uuid.nullable(),
  undertakingBody: text(200),
  intermediaryServices: z.array(IntermediaryService).max(30),
  quantityLimit: text(500),
  resultName: text(200),
  resultSample: text(200),
  fee: Fee,
  scope: z.enum(codesOf(handlingScopes), { message: '通办范围不正确' }),
  serviceObjects: z.array(z.enum(codesOf(serviceObjects), { message: '服务对象代码应为 1-6' })).max(6),
  themes: z.array(z.enum(codesOf(themes), { message: '服务主题不正确' })).max(10),
  keywords: z.array(required(30, '关键词')).max(20),
  channels: z.array(z.enum(codesOf(channels), { message: '办理渠道应为 window、online、mail 或 proxy' })).max(4),
  specialProcedures: z.array(SpecialProcedure).max(10),
  appointment: z.boolean(),
  onlinePayment: z.boolean(),
  express: z.boolean(),
  online: z.boolean(),
  onlineUrl: text(500),
  visits: z.number().int({ message: '到现场次数须为整数' }).min(0, { message: '到现场次数不能为负数' }).max(9, { message: '到现场次数过多' }),
  address: text(500),
  hours: text(500),
  consultPhone: phoneText,
  complaintPhone: phoneText,
  faq: z.array(Faq).max(50),
  caseType: z.enum(codesOf(caseTypes), { message: '办件类型应为即办、承诺、联办或上报' }),
  commitmentEligible: z.boolean(),
  formSchema: FormSchema.nullable(),
  situations: Situations,
  /** 档案保管期限 of the item's case files (issue #18, the archive). */
  retentionPeriod: z.enum(codesOf(retentionPeriods), { message: '保管期限应为永久、30年或10年' }),
};

/** Everything of a guide except its materials. */
export const Guide = z.object(guideShape);
export type Guide = z.infer<typeof Guide>;

/** Fields whose absence in a new draft simply means "not filled in yet". */
export const guideDefaults = {
  subItemName: null,
  subItemCode: null,
  legalBasis: '',
  departmentId: null,
  implementingBody: '',
  implementingBodyUscc: '',
  implementingBodyNature: '1',
  implementationCode: null,
  legalLimit: null,
  promisedLimit: null,
  acceptanceConditions: '',
  process: [],
  jointDepartments: [],
  leadDepartmentId: null,
  undertakingBody: '',
  intermediaryServices: [],
  quantityLimit: '',
  resultName: '',
  resultSample: '',
  fee: { charged: false, basis: '', items: [] },
  scope: 'local',
  serviceObjects: [],
  themes: [],
  keywords: [],
  channels: ['window'],
  specialProcedures: [],
  appointment: false,
  onlinePayment: false,
  express: false,
  online: false,
  onlineUrl: '',
  visits: 1,
  address: '',
  hours: '',
  consultPhone: '',
  complaintPhone: '',
  faq: [],
  commitmentEligible: false,
  formSchema: null,
  situations: [],
  retentionPeriod: defaultRetentionPeriod,
} as const satisfies Omit<Guide, 'name' | 'itemType' | 'exerciseLevel' | 'caseType'>;

/** A new draft: a name, type, level and case type; the rest may come later. */
export const GuideDraft = Guide.partial().required({ name: true, itemType: true, exerciseLevel: true, caseType: true });
export type GuideDraft = z.infer<typeof GuideDraft>;

/** A change to a draft: only the fields sent change. */
export const GuidePatch = Guide.partial();
export type GuidePatch = z.infer<typeof GuidePatch>;

const materialShape = {
  name: required(200, '材料名称'),
  issuingBody: text(200),
  originals: z.number().int({ message: '份数须为整数' }).min(0, { message: '原件份数不能为负数' }).max(99),
  copies: z.number().int({ message: '份数须为整数' }).min(0, { message: '复印件份数不能为负数' }).max(99),
  required: z.boolean(),
  /** 可容缺: may be missing at acceptance when the applicant commits to bring it later. */
  waivable: z.boolean(),
  /** 免提交: not asked for when a shared e-certificate or an earlier case already holds it. */
  exemptWhenShared: z.boolean(),
  sampleFile: text(200),
  blankFormFile: text(200),
  fillGuide: text(2000),
  notes: text(1000),
};

/** 申请材料 of a version. */
export const Material = z.object(materialShape);
export type Material = z.infer<typeof Material>;

export const materialDefaults = {
  issuingBody: '',
  originals: 0,
  copies: 0,
  required: true,
  waivable: false,
  exemptWhenShared: false,
  sampleFile: '',
  blankFormFile: '',
  fillGuide: '',
  notes: '',
} as const satisfies Omit<Material, 'name'>;

export const MaterialInput = Material.partial().required({ name: true });
export type MaterialInput = z.infer<typeof MaterialInput>;
export const MaterialPatch = Material.partial();
export type MaterialPatch = z.infer<typeof MaterialPatch>;

/**
 * What the publish checks read: a stored version may still be incomplete (a draft), so any
 * field may be missing or null.
 */
export type GuideCandidate = { [K in keyof Guide]?: Guide[K] | null } & {
  materials: readonly Partial<Material>[];
};
