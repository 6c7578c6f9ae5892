// 一件事一次办: a bundle of catalog items a person applies for with one form. Pure rules: the
// input schema, the merged form (the union of the items' form fields, a shared key shown
// once), its value split back into each item's form data (decision 0050), and the merged
// material list (the same material asked for by several items, once).
import { z } from 'zod';

export const BUNDLE_MIN_ITEMS = 2;
export const BUNDLE_MAX_ITEMS = 20;

const uuid = z.string().uuid({ message: '编号格式不正确' });

const bundleShape = {
  name: z.string().trim().min(1, { message: '请填写一件事名称' }).max(100, { message: '一件事名称最多 100 字' }),
  description: z.string().trim().max(500, { message: '简要说明最多 500 字' }),
  itemIds: z
    .array(uuid)
    .min(BUNDLE_MIN_ITEMS, { message: `一件事至少包含 ${BUNDLE_MIN_ITEMS} 个事项` })
    .max(BUNDLE_MAX_ITEMS, { message: `一件事最多包含 ${BUNDLE_MAX_ITEMS} 个事项` })
    .refine((ids) => new Set(ids).size === ids.length, { message: '同一事项不能重复加入' }),
  published: z.boolean(),
};

export const BundleInput = z.object({ centerId: uuid, ...bundleShape, description: bundleShape.description.default(''), published: z.boolean().default(false) });
export type BundleInput = z.infer<typeof BundleInput>;
export const BundlePatch = z.object(bundleShape).partial();
export type BundlePatch = z.infer<typeof BundlePatch>;

/** One item's part in a merge: its id and its 在线表单 (a JSON Schema object), if it has one. */
export interface BundleFormSource {
  itemId: string;
  formSchema: Record<string, unknown> | null;
}

export interface MergedField {
  key: string;
  /** The field's schema as the first item that asks for it defines it. */
  schema: Record<string, unknown>;
  /** Every item of the bundle that asks for it, in bundle order. */
  itemIds: string[];
  /** Required when any item requires it. */
  required: boolean;
}

export interface FieldConflict {
  key: string;
  /** Each item that asks for the key, with the type it gives it. */
  uses: { itemId: string; type: string }[];
}

export interface MergedForm {
  fields: MergedField[];
  conflicts: FieldConflict[];
  /** The merged form as one JSON Schema object, for the apply screen to draw. */
  schema: { type: 'object'; title?: string; required: string[]; properties: Record<string, Record<string, unknown>> };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What two fields of one key must agree on: the JSON type, and the format of strings (a date is not free text). */
function typeOf(schema: Record<string, unknown>): string {
  const type = Array.isArray(schema.type) ? schema.type.map(String).sort().join('|') : typeof schema.type === 'string' ? schema.type : 'any';
  return typeof schema.format === 'string' ? `${type}:${schema.format}` : type;
}

/**
 * The union of the items' form fields. Order is stable: the first item's fields in its order,
 * then each next item's new fields in theirs. A key appears once; a key two items give
 * different types is kept as the first item defines it and reported as a conflict.
 */
export function mergeBundleForms(sources: readonly BundleFormSource[], title?: string): MergedForm {
  const byKey = new Map<string, MergedField & { types: { itemId: string; type: string }[] }>();
  for (const { itemId, formSchema } of sources) {
    if (!formSchema || !isObject(formSchema.properties)) continue;
    const required = new Set(Array.isArray(formSchema.required) ? formSchema.required.filter((k): k is string => typeof k === 'string') : []);
    for (const [key, raw] of Object.entries(formSchema.properties)) {
      const schema = isObject(raw) ? raw : {};
      const type = typeOf(schema);
      const field = byKey.get(key);
      if (!field) {
        byKey.set(key, { key, schema, itemIds: [itemId], required: required.has(key), types: [{ itemId, type }] });
        continue;
      }
      if (!field.itemIds.includes(itemId)) field.itemIds.push(itemId);
      field.required ||= required.has(key);
      field.types.push({ itemId, type });
    }
  }
  const fields: MergedField[] = [];
  const conflicts: FieldConflict[] = [];
  for (const { types, ...field } of byKey.values()) {
    fields.push(field);
    if (new Set(types.map((t) => t.type)).size > 1) conflicts.push({ key: field.key, uses: types });
  }
  return { fields, conflicts, schema: schemaOfFields(fields, title) };
}

/** Some merged fields as one JSON Schema object (the whole form, or one part of it on the apply screen). */
export function schemaOfFields(fields: readonly MergedField[], title?: string): MergedForm['schema'] {
  return {
    type: 'object',
    ...(title ? { title } : {}),
    required: fields.filter((f) => f.required).map((f) => f.key),
    properties: Object.fromEntries(fields.map((f) => [f.key, f.schema])),
  };
}

type FieldUse = Pick<MergedField, 'key' | 'itemIds'>;
const hasValue = (data: Record<string, unknown>, key: string) => Object.hasOwn(data, key) && data[key] !== undefined;

/**
 * The apply screen's parts of a bundle's one form: the fields more than one item asks for
 * (asked once, first), then each item's own fields (under its title), items in bundle order.
 */
export function bundleFormParts<F extends FieldUse>(fields: readonly F[], itemIds: readonly string[]): { shared: F[]; own: { itemId: string; fields: F[] }[] } {
  return {
    shared: fields.filter((f) => f.itemIds.length > 1),
    own: itemIds.map((itemId) => ({ itemId, fields: fields.filter((f) => f.itemIds.length === 1 && f.itemIds[0] === itemId) })),
  };
}

/**
 * The one form's value from its items' saved form data (a draft resumed): each key from the
 * first item, in the field's item order, that has a value for it. Keys no item of the bundle
 * asks for are left out.
 */
export function bundleValuesOf(fields: readonly FieldUse[], items: readonly { itemId: string; formData: Record<string, unknown> }[]): Record<string, unknown> {
  const byId = new Map(items.map((i) => [i.itemId, i.formData]));
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const from = f.itemIds.map((id) => byId.get(id)).find((data) => data && hasValue(data, f.key));
    if (from) out[f.key] = from[f.key];
  }
  return out;
}

/**
 * The one form's value split back into each item's form data, by key: a shared key lands in
 * every item that asks for it, an item's own field only in its item. Every item of `itemIds`
 * gets an entry (maybe empty); keys of no field are dropped (the form did not ask for them).
 */
export function splitBundleValues(fields: readonly FieldUse[], itemIds: readonly string[], values: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>(itemIds.map((id) => [id, {}]));
  for (const f of fields) {
    if (!hasValue(values, f.key)) continue;
    for (const id of f.itemIds) {
      const data = out.get(id);
      if (data) data[f.key] = values[f.key];
    }
  }
  return out;
}

/** One item's materials in a merge. */
export interface BundleMaterialSource<M extends { name: string; required: boolean }> {
  itemId: string;
  materials: readonly M[];
}

export type MergedMaterial<M> = M & { itemIds: string[] };

/** The same material names compare equal whatever their spacing and full-width brackets. */
export function materialKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The total materials of a bundle: every item's materials in bundle order, a material whose
 * name another item already asked for shown once (with every item that needs it); required
 * when any item requires it.
 */
export function mergeBundleMaterials<M extends { name: string; required: boolean }>(sources: readonly BundleMaterialSource<M>[]): MergedMaterial<M>[] {
  const byName = new Map<string, MergedMaterial<M>>();
  for (const { itemId, materials } of sources) {
    for (const m of materials) {
      const key = materialKey(m.name);
      const seen = byName.get(key);
      if (!seen) byName.set(key, { ...m, itemIds: [itemId] });
      else {
        if (!seen.itemIds.includes(itemId)) seen.itemIds.push(itemId);
        seen.required ||= m.required;
      }
    }
  }
  return [...byName.values()];
}
