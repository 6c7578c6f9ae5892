// Row validation with the domain's zod schemas, and where each problem shows: a zod path
// (fee.basis, faq.2.answer, timeAllowed.note) becomes a sheet column and a Chinese prefix
// naming the entry inside the cell.
import { z } from 'zod';
import type { ErrorSink } from './errors.ts';
import { labelOf } from './records.ts';
import { recordFieldsOf, reviewFields, type SheetSpec } from './sheets.ts';

const zh = z.locales.zhCN().localeError;
type Path = readonly PropertyKey[];

/** Where a problem at a guide path shows on the 事项 sheet, and how to say which entry. */
export function guideColumn(path: Path): { key: string; prefix: string } {
  const [f, a, b, c] = path;
  if (f === 'departmentId' || f === 'leadDepartmentId') return { key: f === 'departmentId' ? 'department' : 'leadDepartment', prefix: '' };
  if (f === 'legalLimit' || f === 'promisedLimit') return { key: a === 'note' ? `${f}Note` : f, prefix: '' };
  if (f === 'fee') return { key: a === 'basis' ? 'feeBasis' : 'feeCharged', prefix: '' };
  if (typeof a !== 'number') return { key: String(f), prefix: '' };
  const fields = recordFieldsOf[String(f)];
  if (!fields) return { key: String(f), prefix: `第 ${a + 1} 项：` };
  const label = b === 'limit' && c === 'note' ? '时限说明' : (labelOf(fields, b as string) ?? '');
  return { key: String(f), prefix: `第 ${a + 1} 条${label ? `“${label}”` : ''}：` };
}

export const stepColumn = (path: Path) => {
  const [f, a, b] = path;
  if (f === 'timeAllowed') return { key: b === 'note' ? 'timeAllowedNote' : 'timeAllowed', prefix: '' };
  if (f === 'reviewRules' && typeof a === 'number')
    return { key: 'reviewRules', prefix: `第 ${a + 1} 条“${labelOf(reviewFields, b as string) ?? ''}”：` };
  return { key: String(f), prefix: '' };
};
export const plainColumn = (path: Path) => ({ key: String(path[0]), prefix: '' });

export const headerOf = (spec: SheetSpec, key: string) => spec.columns.find((c) => c.key === key)?.header ?? '';

export function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  spec: SheetSpec,
  row: number,
  errors: ErrorSink,
  where: (p: Path) => { key: string; prefix: string },
): T | undefined {
  const r = schema.safeParse(value, { error: zh });
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const { key, prefix } = where(issue.path);
    errors.add(spec.name, row, headerOf(spec, key), prefix + issue.message);
  }
  return undefined;
}
