// 提交前检查 (issue #19, decision 0043): an online application is submitted only when every
// item's form has its required fields and every material still asked for (after the 情形
// answers) has a file. Pure: the portal shows the same problems before the server refuses.

export interface CheckedMaterial {
  id: string;
  name: string;
  required: boolean;
}

export interface CheckedItem {
  itemId: string;
  itemName: string;
  /** The 在线表单 (JSON Schema object); its `required` names must be filled. */
  formSchema: Record<string, unknown> | null;
  formData: Record<string, unknown>;
  /** Materials asked for after the answers (dropped ones are not listed). */
  materials: readonly CheckedMaterial[];
  /** Material ids with at least one file. */
  filed: ReadonlySet<string>;
}

export type SubmitProblem =
  | { kind: 'field'; itemId: string; field: string; message: string }
  | { kind: 'material'; itemId: string; materialId: string; message: string };

const empty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

function requiredFields(schema: Record<string, unknown> | null): { name: string; title: string }[] {
  if (!schema || !Array.isArray(schema.required)) return [];
  const props = (schema.properties ?? {}) as Record<string, { title?: unknown } | undefined>;
  return schema.required
    .filter((n): n is string => typeof n === 'string')
    .map((name) => ({ name, title: typeof props[name]?.title === 'string' ? (props[name]!.title as string) : name }));
}

/** Everything missing, per item; empty = the application may be submitted. */
export function submitProblems(items: readonly CheckedItem[], sharedFields: Record<string, unknown> = {}): SubmitProblem[] {
  const out: SubmitProblem[] = [];
  for (const it of items) {
    const data = { ...sharedFields, ...it.formData };
    for (const f of requiredFields(it.formSchema)) {
      if (empty(data[f.name])) out.push({ kind: 'field', itemId: it.itemId, field: f.name, message: `「${it.itemName}」请填写${f.title}` });
    }
    for (const m of it.materials) {
      if (m.required && !it.filed.has(m.id))
        out.push({ kind: 'material', itemId: it.itemId, materialId: m.id, message: `「${it.itemName}」请上传${m.name}` });
    }
  }
  return out;
}
