// Guides → flat spreadsheet rows (one object per row, keyed like the sheet columns).
// Departments appear by name: ids mean nothing to the people who edit the file.
import type { Guide, Material } from '../../../../domain/catalog/index.ts';

export type FlatRow = Record<string, unknown>;

/** One item as exported: its identity, the version shown and that version's guide. */
export interface ExportItem {
  centerCode: string;
  basicCode: string;
  localCode: string | null;
  version: string;
  guide: Guide;
  materials: Material[];
}

/** The join key of the sheets: 基本编码, or 基本编码/业务办理项编码. */
export function itemKey(basicCode: string, subItemCode: string | null | undefined): string {
  return subItemCode ? `${basicCode}/${subItemCode}` : basicCode;
}

export function itemRow(e: ExportItem, departmentName: (id: string) => string | undefined): FlatRow {
  const g = e.guide;
  return {
    ...g,
    key: itemKey(e.basicCode, g.subItemCode),
    centerCode: e.centerCode,
    basicCode: e.basicCode,
    localCode: e.localCode,
    version: e.version,
    department: g.departmentId ? (departmentName(g.departmentId) ?? '') : '',
    leadDepartment: g.leadDepartmentId ? (departmentName(g.leadDepartmentId) ?? '') : '',
    jointDepartments: g.jointDepartments.map((j) => j.name),
    legalLimitNote: g.legalLimit?.note ?? '',
    promisedLimitNote: g.promisedLimit?.note ?? '',
    feeCharged: g.fee.charged,
    feeBasis: g.fee.basis,
    specialProcedures: g.specialProcedures.map((s) => ({ ...s, limitNote: s.limit?.note })),
  };
}

const child = (e: ExportItem, i: number) => ({
  key: itemKey(e.basicCode, e.guide.subItemCode),
  itemName: e.guide.subItemName ? `${e.guide.name}（${e.guide.subItemName}）` : e.guide.name,
  seq: i + 1,
});

export function materialRows(e: ExportItem): FlatRow[] {
  return e.materials.map((m, i) => ({ ...child(e, i), ...m }));
}

export function stepRows(e: ExportItem): FlatRow[] {
  return e.guide.process.map((s, i) => ({ ...child(e, i), ...s, timeAllowedNote: s.timeAllowed?.note ?? '' }));
}

export function feeRows(e: ExportItem): FlatRow[] {
  return e.guide.fee.items.map((f, i) => ({ ...child(e, i), ...f }));
}
