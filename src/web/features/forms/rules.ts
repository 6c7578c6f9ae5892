// Validation of a rendered form field, with messages in Chinese, and the value it submits.
import type { FormRule as Rule } from 'antd';
import type { FieldSpec } from './schema.ts';

function patternOf(p: string): RegExp | undefined {
  try {
    return new RegExp(p, 'u');
  } catch {
    return undefined;
  }
}

export function rulesOf(f: FieldSpec): Rule[] {
  const rules: Rule[] = [];
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (f.required) {
    const verb = ['select', 'multiselect', 'date'].includes(f.widget) ? '请选择' : '请填写';
    rules.push({ validator: async (_, v) => (empty(v) ? Promise.reject(new Error(`${verb}${f.label}`)) : undefined) });
  }
  if (f.maxLength !== undefined && (f.widget === 'text' || f.widget === 'textarea')) rules.push({ max: f.maxLength, message: `${f.label}不能超过 ${f.maxLength} 个字符` });
  if (f.minLength !== undefined) rules.push({ min: f.minLength, message: `${f.label}至少 ${f.minLength} 个字符` });
  const re = f.pattern ? patternOf(f.pattern) : undefined;
  if (re) rules.push({ pattern: re, message: `${f.label}格式不正确` });
  if (f.widget === 'number' || f.widget === 'integer') {
    rules.push({
      validator: async (_, v) => {
        if (empty(v)) return;
        if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(`${f.label}须为数字`);
        if (f.widget === 'integer' && !Number.isInteger(v)) throw new Error(`${f.label}须为整数`);
        if (f.minimum !== undefined && v < f.minimum) throw new Error(`${f.label}不能小于 ${f.minimum}`);
        if (f.maximum !== undefined && v > f.maximum) throw new Error(`${f.label}不能大于 ${f.maximum}`);
      },
    });
  }
  if (f.minItems !== undefined || f.maxItems !== undefined) {
    rules.push({
      validator: async (_, v?: unknown[]) => {
        const n = v?.length ?? 0;
        if (f.minItems !== undefined && n > 0 && n < f.minItems) throw new Error(`${f.label}至少选择 ${f.minItems} 项`);
        if (f.maxItems !== undefined && n > f.maxItems) throw new Error(`${f.label}最多选择 ${f.maxItems} 项`);
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
