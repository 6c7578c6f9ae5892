import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client.ts';

interface FieldProblem {
  field: string;
  message: string;
}

function isFieldProblems(details: unknown): details is FieldProblem[] {
  return Array.isArray(details) && details.every((d) => d && typeof d === 'object' && 'field' in d && 'message' in d);
}

/**
 * Puts what the server said next to the fields it concerns, so nothing typed is lost and the
 * person sees where to fix it. `codeFields` names the field a field-less domain error belongs
 * to (DUPLICATE → 'code'). Returns the text for a toast: the server's message plus any
 * problem that has no field on this form.
 */
export function applyServerError(form: FormInstance, err: unknown, codeFields: Record<string, string> = {}): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const present = new Set(Object.keys(form.getFieldsValue()));
  const problems = new Map<string, string[]>();
  const add = (field: string, msg: string) => problems.set(field, [...(problems.get(field) ?? []), msg]);
  const { code, message, details } = err.body;
  if (isFieldProblems(details)) {
    // "roles.0" belongs to the roles checkboxes.
    for (const d of details) {
      const field = d.field.split('.')[0] ?? d.field;
      if (present.has(field)) add(field, d.message);
    }
  } else if (details && typeof details === 'object') {
    // Domain errors name the offending reference in their details ({departmentId: …}).
    for (const key of Object.keys(details)) if (present.has(key)) add(key, message);
  }
  const mapped = codeFields[code];
  if (problems.size === 0 && mapped && present.has(mapped)) add(mapped, message);
  form.setFields([...problems].map(([name, errors]) => ({ name, errors })));
  const unplaced = isFieldProblems(details) ? details.filter((d) => !present.has(d.field.split('.')[0] ?? '')) : [];
  return [message, ...unplaced.map((d) => `${d.field}: ${d.message}`)].join('；');
}

/** The message of any failure, for actions without a form (activate, unlock, …). */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.body.message;
  return err instanceof Error ? err.message : String(err);
}
