import type { FormInstance } from 'antd';
import { formPathOf } from './formValues.ts';

export interface PathProblem {
  field: string;
  message: string;
}

type Name = (string | number)[];

const startsWith = (name: Name, prefix: Name) => prefix.length <= name.length && prefix.every((p, i) => p === name[i]);

/**
 * The form field a server path belongs to: the first field inside it ('promisedLimit' → its
 * amount, 'process.1' → that step's name; a list's own error is easy to miss), else the field
 * itself ('process.0.phone'), else the closest field above it ('keywords.3' → keywords).
 * Undefined when the form has no such field (materials have their own table).
 */
export function fieldFor(registered: Name[], apiPath: string): Name | undefined {
  const path = formPathOf(apiPath);
  const same = (r: Name, p: Name) => r.length === p.length && startsWith(r, p);
  const inside = registered.find((r) => r.length > path.length && startsWith(r, path));
  if (inside) return inside;
  for (let n = path.length; n > 0; n--) {
    const found = registered.find((r) => same(r, path.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}

/** Puts each problem next to its field; returns the ones no field of this form can show. */
export function applyPathProblems(form: FormInstance, problems: PathProblem[]): PathProblem[] {
  const registered = form.getFieldsError().map((f) => f.name as Name);
  const byField = new Map<string, { name: Name; errors: string[] }>();
  const unplaced: PathProblem[] = [];
  for (const p of problems) {
    const name = fieldFor(registered, p.field);
    if (!name) {
      unplaced.push(p);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(p.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unplaced;
}
