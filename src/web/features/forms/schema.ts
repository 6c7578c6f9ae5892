// The online form definition (在线表单) of a guide is a small JSON Schema object. This maps
// it to the fields the renderer draws; what it cannot draw is reported, never silently lost.

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

function fieldOf(name: string, s: JsonSchema, required: boolean): FieldSpec | string {
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
      if (typeOf(items) !== 'string') return '数组的元素只支持字符串';
      const common = { ...base, minItems: s.minItems, maxItems: s.maxItems };
      return items.enum ? { ...common, widget: 'multiselect', options: strings(items.enum) } : { ...common, widget: 'tags', maxLength: items.maxLength };
    }
    default:
      return `不支持的类型“${String(s.type ?? '未填写')}”`;
  }
}

/** Fields of an object schema, in the order of its properties. */
export function formModelOf(schema: JsonSchema): FormModel {
  const required = new Set(schema.required ?? []);
  const out: FormModel = { title: schema.title, description: schema.description, fields: [], unsupported: [] };
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const f = prop && typeof prop === 'object' ? fieldOf(name, prop, required.has(name)) : '属性定义应为对象';
    if (typeof f === 'string') out.unsupported.push({ name, reason: f });
    else out.fields.push(f);
  }
  return out;
}

/** The JSON text of a form definition: the schema, or why it cannot be used, in Chinese. */
export function parseFormDefinition(text: string): { schema: JsonSchema } | { error: string } | null {
  if (!text.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { error: `JSON 格式错误：${(err as Error).message}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || (parsed as JsonSchema).type !== 'object')
    return { error: '在线表单定义须为 JSON Schema 对象（"type": "object"）' };
  return { schema: parsed as JsonSchema };
}
