// The forms of an application as the wizard draws them (issue #19): one form per item, or, for
// a 一件事 bundle, the bundle's ONE form (decision 0048) — the fields several items ask for once,
// then each item's own fields under its title. The values always live in each item's formData
// (split by key, src/domain/catalog/bundles.ts), so the server checks every item against its
// own form, and the window reads each item's values as for any application. No React here.
import type { OnlineApplicationDetail } from '../../../../contract/online.ts';
import { bundleFormParts, bundleValuesOf, mergeBundleForms, schemaOfFields, splitBundleValues, type MergedField } from '../../../../domain/catalog/bundles.ts';
import type { Draft } from './wizard.ts';

type App = Pick<OnlineApplicationDetail, 'bundleId' | 'itemsDetail'>;

export interface BundleForm {
  fields: MergedField[];
  itemIds: string[];
}

/**
 * The bundle's one form, or null when the application is not a bundle's (or has one item). A
 * bundle whose items' forms now disagree on a key's type (an item republished since the
 * bundle was) is drawn item by item instead: one value could not suit both.
 */
export function bundleFormOf(app: App): BundleForm | null {
  if (!app.bundleId || app.itemsDetail.length < 2) return null;
  const merged = mergeBundleForms(app.itemsDetail.map((i) => ({ itemId: i.itemId, formSchema: i.formSchema })));
  return merged.conflicts.length > 0 ? null : { fields: merged.fields, itemIds: app.itemsDetail.map((i) => i.itemId) };
}

/** One block of the forms step and of the review: the shared fields (itemId null) or one item's. */
export interface FormSection {
  /** Unique on the page: 'shared' or the item id. */
  key: string;
  itemId: string | null;
  /** A JSON Schema object; null = the item has no online form. */
  schema: Record<string, unknown> | null;
  values: Record<string, unknown>;
}

export function formSections(app: App, draft: Pick<Draft, 'items'>): FormSection[] {
  const bundle = bundleFormOf(app);
  if (!bundle) {
    return app.itemsDetail.map((i) => ({ key: i.itemId, itemId: i.itemId, schema: i.formSchema, values: draft.items.find((d) => d.itemId === i.itemId)?.formData ?? {} }));
  }
  const values = bundleValuesOf(bundle.fields, draft.items);
  const pick = (fields: readonly MergedField[]) => Object.fromEntries(fields.filter((f) => Object.hasOwn(values, f.key)).map((f) => [f.key, values[f.key]]));
  const parts = bundleFormParts(bundle.fields, bundle.itemIds);
  const shared: FormSection[] = parts.shared.length > 0 ? [{ key: 'shared', itemId: null, schema: schemaOfFields(parts.shared), values: pick(parts.shared) }] : [];
  return [
    ...shared,
    ...parts.own.map((o) => ({ key: o.itemId, itemId: o.itemId, schema: o.fields.length > 0 ? schemaOfFields(o.fields) : null, values: pick(o.fields) })),
  ];
}

/**
 * A section of the bundle's form changed: its keys take the new values (a key left empty is
 * gone), the other sections keep theirs, and the whole is split back into every item's formData.
 */
export function withSectionValues(draft: Draft, bundle: BundleForm, sectionKeys: readonly string[], values: Record<string, unknown>): Draft {
  const all = bundleValuesOf(bundle.fields, draft.items);
  for (const k of sectionKeys) delete all[k];
  const split = splitBundleValues(bundle.fields, bundle.itemIds, { ...all, ...values });
  return { ...draft, items: draft.items.map((i) => ({ ...i, formData: split.get(i.itemId) ?? i.formData })) };
}
