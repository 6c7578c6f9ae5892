// Flat rows → guides: the sheets joined by 事项键 and every row validated with the domain's
// zod schemas. Department references stay names here; the import resolves them.
import {
  FeeItem,
  Guide,
  guideDefaults,
  Material,
  materialDefaults,
  ProcessStep,
  type Guide as GuideT,
} from '../../../../domain/catalog/index.ts';
import { basicCode as BasicCode, CreateItemInput } from '../catalog.types.ts';
import type { ErrorSink } from './errors.ts';
import { itemKey, type FlatRow } from './rows.ts';
import type { SheetRow, SheetRows } from './read.ts';
import { feeSheet, itemSheet, ITEM_KEY, materialSheet, stepSheet, type SheetSpec } from './sheets.ts';
import { check, guideColumn, headerOf, plainColumn, stepColumn } from './validate.ts';

export interface ParsedItem {
  key: string;
  /** Its row on the 事项 sheet, for errors found later. */
  row: number;
  centerCode: string | null;
  basicCode: string;
  localCode: string | null;
  department: string | null;
  leadDepartment: string | null;
  /** Department ids are still null here. */
  guide: GuideT;
  materials: Material[];
}

const withNote = (l: unknown, note: unknown) => (l ? { ...(l as object), note: note ?? '' } : undefined);

function step(r: SheetRow, errors: ErrorSink) {
  const { timeAllowed, timeAllowedNote, ...v } = r.values;
  if (!timeAllowed && timeAllowedNote) errors.add(stepSheet.name, r.row, '环节时限', '填写了环节时限说明，但未填写环节时限');
  return check(ProcessStep, { ...v, timeAllowed: withNote(timeAllowed, timeAllowedNote) }, stepSheet, r.row, errors, stepColumn);
}

function fee(r: SheetRow, errors: ErrorSink) {
  const v = r.values;
  const need = (key: string) =>
    v[key] === undefined &&
    errors.add(
      feeSheet.name,
      r.row,
      headerOf(feeSheet, key),
      `${v.kind === 'fixed' ? '固定金额' : '按单位计费'}须填写${headerOf(feeSheet, key)}`,
    );
  if (v.kind === 'fixed') need('amountFen');
  if (v.kind === 'perUnit') {
    need('unit');
    need('unitFen');
  }
  const item =
    v.kind === 'fixed'
      ? { kind: v.kind, name: v.name, amountFen: v.amountFen }
      : { kind: v.kind, name: v.name, unit: v.unit, unitFen: v.unitFen, minFen: v.minFen, maxFen: v.maxFen };
  return errors.has(feeSheet.name, r.row) ? undefined : check(FeeItem, item, feeSheet, r.row, errors, plainColumn);
}

function guideOfRow(v: FlatRow, row: number, process: unknown[], feeItems: unknown[], errors: ErrorSink): GuideT | undefined {
  for (const f of ['legalLimit', 'promisedLimit'] as const) {
    if (!v[f] && v[`${f}Note`])
      errors.add(
        itemSheet.name,
        row,
        headerOf(itemSheet, f),
        `填写了${headerOf(itemSheet, `${f}Note`)}，但未填写${headerOf(itemSheet, f)}`,
      );
  }
  const specials = ((v.specialProcedures ?? []) as FlatRow[]).map(({ limit, limitNote, ...s }) => ({
    ...s,
    limit: withNote(limit, limitNote),
  }));
  const given = Object.fromEntries(Object.keys(Guide.shape).flatMap((k) => (v[k] === undefined ? [] : [[k, v[k]]])));
  const guide = {
    ...guideDefaults,
    ...given,
    // A blank cell is an empty list, not the default ['window']: the export writes [] so.
    channels: v.channels ?? [],
    departmentId: null,
    leadDepartmentId: null,
    jointDepartments: ((v.jointDepartments ?? []) as string[]).map((name) => ({ departmentId: null, name })),
    legalLimit: withNote(v.legalLimit, v.legalLimitNote) ?? null,
    promisedLimit: withNote(v.promisedLimit, v.promisedLimitNote) ?? null,
    process,
    fee: { charged: v.feeCharged ?? false, basis: v.feeBasis ?? '', items: feeItems },
    specialProcedures: specials,
  };
  return check(Guide, guide, itemSheet, row, errors, guideColumn);
}

type Children = Map<string, SheetRow[]>;

function byKey(rows: readonly SheetRow[] = []): Children {
  const out = new Map<string, SheetRow[]>();
  for (const r of rows) {
    const k = String(r.values.key ?? '').trim();
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}

const at = (key: string) => () => ({ key, prefix: '' });

function reportOrphans(children: readonly (readonly [SheetSpec, Map<string, SheetRow[]>])[], seen: Set<string>, errors: ErrorSink) {
  for (const [spec, map] of children)
    for (const [k, rows] of map)
      if (!seen.has(k))
        for (const r of rows) errors.add(spec.name, r.row, ITEM_KEY, k ? `事项键“${k}”在“事项”工作表中不存在` : '请填写事项键');
}

/** Join and validate the sheets; items with any problem are left out (the sink has why). */
export function assembleItems(sheets: SheetRows, errors: ErrorSink): ParsedItem[] {
  const [materials, steps, fees] = [materialSheet, stepSheet, feeSheet].map((spec) => byKey(sheets[spec.name])) as [
    Children,
    Children,
    Children,
  ];
  const seen = new Set<string>();
  const out: ParsedItem[] = [];
  for (const { row, values: v } of sheets[itemSheet.name] ?? []) {
    const basic = check(BasicCode, v.basicCode ?? '', itemSheet, row, errors, at('basicCode'));
    const localCode = check(CreateItemInput.shape.localCode, v.localCode ?? null, itemSheet, row, errors, at('localCode'));
    const computed = itemKey(String(v.basicCode ?? ''), v.subItemCode ? String(v.subItemCode).trim() : null);
    const key = String(v.key ?? computed).trim();
    if (key !== computed) errors.add(itemSheet.name, row, ITEM_KEY, `事项键应为“${computed}”（基本编码/业务办理项编码）`);
    if (seen.has(key)) errors.add(itemSheet.name, row, ITEM_KEY, `事项键“${key}”重复：同一事项只能有一行`);
    seen.add(key);
    const itemSteps = (steps.get(key) ?? []).map((r) => step(r, errors));
    const itemFees = (fees.get(key) ?? []).map((r) => fee(r, errors));
    const itemMaterials = (materials.get(key) ?? []).map((r) =>
      check(Material, { ...materialDefaults, ...r.values }, materialSheet, r.row, errors, plainColumn),
    );
    const guide = guideOfRow(v, row, itemSteps.filter(Boolean), itemFees.filter(Boolean), errors);
    const bad = [itemSteps, itemFees, itemMaterials].some((xs) => xs.includes(undefined));
    if (!guide || bad || basic === undefined || localCode === undefined || errors.has(itemSheet.name, row)) continue;
    const name = (k: string) => (v[k] ? String(v[k]).trim() : null);
    const refs = { centerCode: name('centerCode'), department: name('department'), leadDepartment: name('leadDepartment') };
    out.push({ key, row, basicCode: basic, localCode: localCode ?? null, ...refs, guide, materials: itemMaterials as Material[] });
  }
  reportOrphans(
    [
      [materialSheet, materials],
      [stepSheet, steps],
      [feeSheet, fees],
    ],
    seen,
    errors,
  );
  return out;
}
