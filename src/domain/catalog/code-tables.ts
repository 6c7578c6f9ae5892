// Code tables of GB/T 39046-2020 appendix A (FACTS.md §B), plus the local ones the source
// documents use. Codes are what we store and exchange; labels are what people read.
// Provincial interfaces sometimes number these differently: map them at that interface.

interface Label {
  zh: string;
  en: string;
}

/** 事项类型 */
export const itemTypes = {
  '00': { zh: '行政权力', en: 'Administrative power' },
  '01': { zh: '行政许可', en: 'Licence' },
  '02': { zh: '行政处罚', en: 'Penalty' },
  '03': { zh: '行政强制', en: 'Enforcement' },
  '04': { zh: '行政征收', en: 'Levy' },
  '05': { zh: '行政给付', en: 'Benefit payment' },
  '06': { zh: '行政检查', en: 'Inspection' },
  '07': { zh: '行政确认', en: 'Confirmation' },
  '08': { zh: '行政奖励', en: 'Award' },
  '09': { zh: '行政裁决', en: 'Adjudication' },
  '10': { zh: '其他行政权力', en: 'Other power' },
  '20': { zh: '公共服务', en: 'Public service' },
} as const satisfies Record<string, Label>;
export type ItemTypeCode = keyof typeof itemTypes;

/** 行使层级: also the digit between the USCC and the 基本编码 in a 实施编码. */
export const exerciseLevels = {
  '1': { zh: '国家级', en: 'National' },
  '2': { zh: '省级', en: 'Provincial' },
  '3': { zh: '市级', en: 'City' },
  '4': { zh: '县级', en: 'County' },
  '5': { zh: '镇（乡、街道）级', en: 'Township' },
  '6': { zh: '村（社区）级', en: 'Village' },
  '7': { zh: '分级管理', en: 'Managed at several levels' },
} as const satisfies Record<string, Label>;
export type ExerciseLevelCode = keyof typeof exerciseLevels;

/** 实施主体性质 */
export const bodyNatures = {
  '1': { zh: '法定机关', en: 'Statutory authority' },
  '2': { zh: '授权组织', en: 'Authorised organisation' },
  '3': { zh: '受委托组织', en: 'Entrusted organisation' },
  '9': { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Label>;
export type BodyNatureCode = keyof typeof bodyNatures;

/** 服务对象 */
export const serviceObjects = {
  '1': { zh: '自然人', en: 'Natural person' },
  '2': { zh: '企业法人', en: 'Enterprise' },
  '3': { zh: '事业法人', en: 'Public institution' },
  '4': { zh: '社会组织法人', en: 'Social organisation' },
  '5': { zh: '行政机关', en: 'Government body' },
  '6': { zh: '其他组织', en: 'Other organisation' },
} as const satisfies Record<string, Label>;
export type ServiceObjectCode = keyof typeof serviceObjects;

/** The two audiences the portal offers (个人办事 / 法人办事) and the 服务对象 they cover. */
export const audiences = {
  person: { zh: '个人办事', en: 'Individuals', objects: ['1'] },
  enterprise: { zh: '法人办事', en: 'Enterprises and organisations', objects: ['2', '3', '4', '6'] },
} as const satisfies Record<string, Label & { objects: readonly ServiceObjectCode[] }>;
export type Audience = keyof typeof audiences;

/** 办理形式 */
export const handlingForms = {
  '1': { zh: '窗口办理', en: 'At a window' },
  '2': { zh: '电脑端网上办理', en: 'Online (computer)' },
  '3': { zh: '移动端办理', en: 'Online (mobile)' },
  '4': { zh: '快递申请', en: 'By mail' },
  '9': { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Label>;
export type HandlingFormCode = keyof typeof handlingForms;

/** How an application reaches us; each maps to the national 办理形式 codes. */
export const channels = {
  window: { zh: '窗口办理', en: 'Window', forms: ['1'] },
  online: { zh: '网上办理', en: 'Online', forms: ['2', '3'] },
  mail: { zh: '邮寄申请', en: 'Mail', forms: ['4'] },
  proxy: { zh: '代办', en: 'Proxy agent', forms: ['9'] },
} as const satisfies Record<string, Label & { forms: readonly HandlingFormCode[] }>;
export type Channel = keyof typeof channels;

/**
 * The four case types of the local rules (四件管理制度). The national 办件类型 knows only
 * 即办件 (1) and 承诺件 (2); 联办件 and 上报件 are exchanged as 9 (其他).
 */
export const caseTypes = {
  instant: { zh: '即办件', en: 'Instant', nationalCode: '1' },
  promised: { zh: '承诺件', en: 'Promised', nationalCode: '2' },
  joint: { zh: '联办件', en: 'Joint', nationalCode: '9' },
  escalated: { zh: '上报件', en: 'Escalated', nationalCode: '9' },
} as const satisfies Record<string, Label & { nationalCode: '1' | '2' | '9' }>;
export type CaseType = keyof typeof caseTypes;

/** 办件类型 as GB/T 39046 lists it. */
export const nationalCaseKinds = {
  '1': { zh: '即办件', en: 'Instant' },
  '2': { zh: '承诺件', en: 'Promised' },
  '9': { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Label>;

/** 特别程序 */
export const specialProcedureKinds = {
  '1': { zh: '延长审批', en: 'Extension' },
  '2': { zh: '除延长审批之外的特别程序', en: 'Other special procedure' },
} as const satisfies Record<string, Label>;
export type SpecialProcedureKind = keyof typeof specialProcedureKinds;

/** Units of a time limit. 'instant' is 即办: on the spot or the same day. */
export const limitUnits = {
  workday: { zh: '个工作日', en: 'working days' },
  naturalDay: { zh: '个自然日', en: 'calendar days' },
  instant: { zh: '即办', en: 'on the spot' },
} as const satisfies Record<string, Label>;
export type LimitUnit = keyof typeof limitUnits;

/** 通办范围: how far from home an applicant may apply. */
export const handlingScopes = {
  local: { zh: '本级办理', en: 'At the issuing center only' },
  county: { zh: '全县通办', en: 'Anywhere in the county' },
  city: { zh: '全市通办', en: 'Anywhere in the city' },
  province: { zh: '全省通办', en: 'Anywhere in the province' },
  crossProvince: { zh: '跨省通办', en: 'Across provinces' },
} as const satisfies Record<string, Label>;
export type HandlingScope = keyof typeof handlingScopes;

/** 委托 keeps the power with the county and lets the township act in its name; 下放 hands it down. */
export const delegationModes = {
  entrust: { zh: '委托', en: 'Entrusted' },
  devolve: { zh: '下放', en: 'Devolved' },
} as const satisfies Record<string, Label>;
export type DelegationMode = keyof typeof delegationModes;

/** Service themes (服务主题) after the national portal's lists for individuals and enterprises. */
export const themes = {
  birth: { zh: '生育收养', en: 'Birth and adoption' },
  household: { zh: '户籍办理', en: 'Household registration' },
  identity: { zh: '证件办理', en: 'Identity documents' },
  marriage: { zh: '婚姻登记', en: 'Marriage' },
  education: { zh: '教育科研', en: 'Education' },
  employment: { zh: '就业创业', en: 'Jobs and self-employment' },
  socialSecurity: { zh: '社会保障', en: 'Social insurance' },
  medicalInsurance: { zh: '医疗保障', en: 'Medical insurance' },
  socialAssistance: { zh: '社会救助', en: 'Social assistance' },
  elderly: { zh: '养老服务', en: 'Elderly care' },
  disability: { zh: '残疾人服务', en: 'Disability services' },
  veterans: { zh: '优待抚恤', en: 'Veterans and survivors' },
  health: { zh: '医疗卫生', en: 'Health' },
  housing: { zh: '住房保障', en: 'Housing' },
  realEstate: { zh: '房屋不动产', en: 'Real estate' },
  planning: { zh: '规划建设', en: 'Planning and building' },
  agriculture: { zh: '农林牧渔', en: 'Farming' },
  funeral: { zh: '死亡殡葬', en: 'Death and funerals' },
  businessSetup: { zh: '设立变更', en: 'Starting a business' },
  permits: { zh: '准营准办', en: 'Operating permits' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Label>;
export type Theme = keyof typeof themes;

/** The keys of a code table as a non-empty tuple, for z.enum. */
export function codesOf<T extends Record<string, unknown>>(table: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}

export function labelOf(table: Record<string, Label>, code: string, lang: 'zh' | 'en' = 'zh'): string {
  return table[code]?.[lang] ?? code;
}

// ---- issue #18, the archive (归档): 保管期限 of an item's case files (DA/T 22: 永久, 定期 30 年 / 10 年) ----
/** 档案保管期限; the code is also the part of the archival code (档号) DA/T 22 prescribes: Y, D30, D10. */
export const retentionPeriods = {
  permanent: { zh: '永久', en: 'Permanent', code: 'Y' },
  '30y': { zh: '30年', en: '30 years', code: 'D30' },
  '10y': { zh: '10年', en: '10 years', code: 'D10' },
} as const satisfies Record<string, Label & { code: string }>;
export type RetentionPeriod = keyof typeof retentionPeriods;
/** An item that says nothing keeps its case files 30 years (the common term for licensing files). */
export const defaultRetentionPeriod: RetentionPeriod = '30y';
