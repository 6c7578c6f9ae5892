// The online form definition (在线表单) of a guide is a small JSON Schema object. This maps
// it to the fields the renderer draws; what it cannot draw is reported, never silently lost.
import { zhText, type FormsText } from './messages.ts';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
}

export type Widget = 'text' | 'textarea' | 'date' | 'select' | 'number' | 'integer' | 'switch' | 'multiselect' | 'tags';

export interface FieldSpec {
  name: string;
  label: string;
  description?: string;
  required: boolean;
  widget: Widget;
  options?: string[];
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface FormModel {
  title?: string;
  description?: string;
  fields: FieldSpec[];
  /** Properties the renderer cannot draw, with why (shown to the editor). */
  unsupported: { name: string; reason: string }[];
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);
const strings = (e: unknown[] | undefined) => (e ?? []).map(String);

function fieldOf(name: string, s: JsonSchema, required: boolean, t: FormsText): FieldSpec | string {
  const base = { name, label: s.title?.trim() || name, description: s.description, required };
  switch (typeOf(s)) {
    case 'string':
      if (s.enum) return { ...base, widget: 'select', options: strings(s.enum) };
      if (s.format === 'date') return { ...base, widget: 'date' };
      return {
        ...base,
        widget: (s.maxLength ?? 0) > 100 ? 'textarea' : 'text',
        maxLength: s.maxLength,
        minLength: s.minLength,
        pattern: s.pattern,
      };
    case 'number':
    case 'integer':
      return { ...base, widget: typeOf(s) === 'integer' ? 'integer' : 'number', minimum: s.minimum, maximum: s.maximum };
    case 'boolean':
      return { ...base, widget: 'switch' };
    case 'array': {
      const items = s.items ?? {};
      if (typeOf(items) !== 'string') return t('arrayItems');
      const common = { ...base, minItems: s.minItems, maxItems: s.maxItems };
      return items.enum ? { ...common, widget: 'multiselect', options: strings(items.enum) } : { ...common, widget: 'tags', maxLength: items.maxLength };
    }
    default:
      return t('unsupportedType', { type: s.type === undefined ? t('typeMissing') : String(s.type) });
  }
}

/** Fields of an object schema, in the order of its properties. */
export function formModelOf(schema: JsonSchema, t: FormsText = zhText): FormModel {
  const required = new Set(schema.required ?? []);
  const out: FormModel = { title: schema.title, description: schema.description, fields: [], unsupported: [] };
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const f = prop && typeof prop === 'object' ? fieldOf(name, prop, required.has(name), t) : t('propertyNotObject');
    if (typeof f === 'string') out.unsupported.push({ name, reason: f });
    else out.fields.push(f);
  }
  return out;
}

/** The JSON text of a form definition: the schema, or why it cannot be used (Chinese unless `t` says otherwise). */
export function parseFormDefinition(text: string, t: FormsText = zhText): { schema: JsonSchema } | { error: string } | null {
  if (!text.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { error: t('jsonError', { error: (err as Error).message }) };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as JsonSchema).type !== 'object')
    return { error: t('notObject') };
  return { schema: parsed as JsonSchema };
}
