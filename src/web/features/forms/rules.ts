// Validation of a rendered form field, with messages in the current language (Chinese by
// default), and the value it submits.
import type { FormRule as Rule } from 'antd';
import { zhText, type FormsText } from './messages.ts';
import type { FieldSpec } from './schema.ts';

function patternOf(p: string): RegExp | undefined {
  try {
    return new RegExp(p, 'u');
  } catch {
    return undefined;
  }
}

export function rulesOf(f: FieldSpec, t: FormsText = zhText): Rule[] {
  const label = f.label;
  const rules: Rule[] = [];
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (f.required) {
    const key = ['select', 'multiselect', 'date'].includes(f.widget) ? 'requiredChoice' : 'required';
    rules.push({ validator: async (_, v) => (empty(v) ? Promise.reject(new Error(t(key, { label }))) : undefined) });
  }
  if (f.maxLength !== undefined && (f.widget === 'text' || f.widget === 'textarea')) rules.push({ max: f.maxLength, message: t('maxLength', { label, n: f.maxLength }) });
  if (f.minLength !== undefined) rules.push({ min: f.minLength, message: t('minLength', { label, n: f.minLength }) });
  const re = f.pattern ? patternOf(f.pattern) : undefined;
  if (re) rules.push({ pattern: re, message: t('pattern', { label }) });
  if (f.widget === 'number' || f.widget === 'integer') {
    rules.push({
      validator: async (_, v) => {
        if (empty(v)) return;
        if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(t('number', { label }));
        if (f.widget === 'integer' && !Number.isInteger(v)) throw new Error(t('integer', { label }));
        if (f.minimum !== undefined && v < f.minimum) throw new Error(t('minimum', { label, n: f.minimum }));
        if (f.maximum !== undefined && v > f.maximum) throw new Error(t('maximum', { label, n: f.maximum }));
      },
    });
  }
  if (f.minItems !== undefined || f.maxItems !== undefined) {
    rules.push({
      validator: async (_, v?: unknown[]) => {
        const n = v?.length ?? 0;
        if (f.minItems !== undefined && n > 0 && n < f.minItems) throw new Error(t('minItems', { label, n: f.minItems }));
        if (f.maxItems !== undefined && n > f.maxItems) throw new Error(t('maxItems', { label, n: f.maxItems }));
      },
    });
  }
  return rules;
}

/** The filled-in value: empty fields left out, booleans always present. */
export function formValueOf(fields: FieldSpec[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.widget === 'switch') out[f.name] = v === true;
    else if (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null) out[f.name] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

/** A filled-in value as a reader sees it (a review, the window's pre-review): 是/否, a list, or — for nothing. */
export function formValueText(v: unknown, t: FormsText = zhText): string {
  if (v === true) return t('yes');
  if (v === false) return t('no');
  if (Array.isArray(v)) return v.length > 0 ? v.join('、') : '—';
  return v === undefined || v === null || v === '' ? '—' : String(v);
}
