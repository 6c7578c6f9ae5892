import {
  guideFields,
  type FeeItem,
  type Guide,
  type GuidePatch,
  type LimitUnit,
  type ProcessStep,
  type SpecialProcedure,
  type TimeLimit,
} from '../../../../../domain/catalog/index.ts';
import type { VersionDetail } from '../types.ts';

// The edit form holds a guide in the shapes people type: money in yuan (the API takes integer
// fen), an empty limit instead of null, the online form as JSON text. These two functions are
// the only place that converts.

export interface LimitValue {
  amount?: number | null;
  unit?: LimitUnit;
  note?: string;
}

export interface FeeItemValue {
  kind: 'fixed' | 'perUnit';
  name: string;
  amountYuan?: number | null;
  unit?: string;
  unitYuan?: number | null;
  minYuan?: number | null;
  maxYuan?: number | null;
}

type Replaced =
  | 'legalLimit'
  | 'promisedLimit'
  | 'fee'
  | 'formSchema'
  | 'process'
  | 'specialProcedures'
  | 'subItemName'
  | 'subItemCode'
  | 'implementationCode';

export interface GuideFormValues extends Omit<Guide, Replaced> {
  subItemName: string;
  subItemCode: string;
  implementationCode: string;
  legalLimit: LimitValue;
  promisedLimit: LimitValue;
  fee: { charged: boolean; basis: string; items: FeeItemValue[] };
  formSchema: string;
  process: (Omit<ProcessStep, 'timeAllowed'> & { timeAllowed: LimitValue })[];
  specialProcedures: (Omit<SpecialProcedure, 'limit'> & { limit: LimitValue })[];
}

const toYuan = (fen: number | undefined) => (fen === undefined ? null : fen / 100);
// Rounded: 0.1 + 0.2 yuan must not become 30.000000000000004 fen.
const toFen = (yuanValue: number | null | undefined) => Math.round((yuanValue ?? 0) * 100);
const optionalFen = (yuanValue: number | null | undefined) =>
  yuanValue === null || yuanValue === undefined ? undefined : toFen(yuanValue);

const limitValue = (l: TimeLimit | null | undefined): LimitValue => (l ? { ...l } : { amount: null, unit: 'workday', note: '' });

/** An empty amount means "no limit" unless the unit is 即办, which needs no amount. */
export function limitOf(v: LimitValue | undefined): TimeLimit | null {
  if (!v?.unit) return null;
  if (v.unit === 'instant') return { amount: 0, unit: 'instant', note: v.note?.trim() ?? '' };
  if (v.amount === null || v.amount === undefined) return null;
  return { amount: v.amount, unit: v.unit, note: v.note?.trim() ?? '' };
}

function feeItemValue(f: FeeItem): FeeItemValue {
  return f.kind === 'fixed'
    ? { kind: 'fixed', name: f.name, amountYuan: toYuan(f.amountFen) }
    : { kind: 'perUnit', name: f.name, unit: f.unit, unitYuan: toYuan(f.unitFen), minYuan: toYuan(f.minFen), maxYuan: toYuan(f.maxFen) };
}

function feeItemOf(f: FeeItemValue): FeeItem {
  if (f.kind === 'fixed') return { kind: 'fixed', name: f.name, amountFen: toFen(f.amountYuan) };
  return {
    kind: 'perUnit',
    name: f.name,
    unit: f.unit ?? '',
    unitFen: toFen(f.unitYuan),
    minFen: optionalFen(f.minYuan),
    maxFen: optionalFen(f.maxYuan),
  };
}

/** Only the guide's own elements: a version row also carries ids, dates and materials. */
function guideOnly<T extends object>(v: T): Partial<Guide> {
  return Object.fromEntries(guideFields.filter((k) => k in v).map((k) => [k, (v as Record<string, unknown>)[k]]));
}

export function toFormValues(v: VersionDetail): GuideFormValues {
  return {
    ...(guideOnly(v) as Guide),
    subItemName: v.subItemName ?? '',
    subItemCode: v.subItemCode ?? '',
    implementationCode: v.implementationCode ?? '',
    legalLimit: limitValue(v.legalLimit),
    promisedLimit: limitValue(v.promisedLimit),
    fee: { charged: v.fee.charged, basis: v.fee.basis, items: v.fee.items.map(feeItemValue) },
    formSchema: v.formSchema ? JSON.stringify(v.formSchema, null, 2) : '',
    process: v.process.map((s) => ({ ...s, reviewRules: s.reviewRules ?? [], timeAllowed: limitValue(s.timeAllowed) })),
    specialProcedures: v.specialProcedures.map((p) => ({ ...p, limit: limitValue(p.limit) })),
  };
}

const blankToNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The PATCH body: every guide element the form holds (the server validates each again). */
export function toPatch(f: GuideFormValues): GuidePatch {
  return {
    ...(guideOnly(f) as GuidePatch),
    subItemName: blankToNull(f.subItemName),
    subItemCode: blankToNull(f.subItemCode),
    implementationCode: blankToNull(f.implementationCode),
    departmentId: f.departmentId ?? null,
    leadDepartmentId: f.leadDepartmentId ?? null,
    legalLimit: limitOf(f.legalLimit),
    promisedLimit: limitOf(f.promisedLimit),
    fee: { charged: f.fee.charged, basis: f.fee.basis ?? '', items: f.fee.charged ? (f.fee.items ?? []).map(feeItemOf) : [] },
    formSchema: f.formSchema?.trim() ? (JSON.parse(f.formSchema) as Record<string, unknown>) : null,
    process: (f.process ?? []).map(({ timeAllowed, ...s }) => ({
      ...s,
      reviewRules: s.reviewRules ?? [],
      ...(limitOf(timeAllowed) ? { timeAllowed: limitOf(timeAllowed)! } : {}),
    })),
    specialProcedures: (f.specialProcedures ?? []).map(({ limit, ...p }) => ({
      ...p,
      ...(limitOf(limit) ? { limit: limitOf(limit)! } : {}),
    })),
    jointDepartments: (f.jointDepartments ?? []).map((j) => ({ departmentId: j.departmentId ?? null, name: j.name ?? '' })),
    intermediaryServices: f.intermediaryServices ?? [],
    faq: f.faq ?? [],
    keywords: (f.keywords ?? []).map((k) => k.trim()).filter(Boolean),
  };
}

/** Server paths use the API's names; the form shows money in yuan ('fee.items.0.amountFen' → '…amountYuan'). */
export function formPathOf(apiPath: string): (string | number)[] {
  return apiPath.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/Fen$/, 'Yuan')));
}
