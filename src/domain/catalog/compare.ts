// Field-by-field differences between two versions of a guide, materials included, so a
// reviewer sees what a new version changes before publishing it.
import { Guide, Material } from './guide.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type MaterialChange =
  | { change: 'added'; name: string; after: unknown }
  | { change: 'removed'; name: string; before: unknown }
  | { change: 'changed'; name: string; fields: FieldChange[] };

export interface VersionContent {
  materials: readonly (Partial<Material> & { name: string; seq?: number })[];
  [field: string]: unknown;
}

export const guideFields = Object.keys(Guide.shape) as (keyof Guide)[];
const materialFields = [...(Object.keys(Material.shape) as (keyof Material)[]), 'seq'] as const;

/** JSON with sorted keys: jsonb hands keys back in its own order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  return fields.filter((f) => canonical(before[f]) !== canonical(after[f])).map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
}

export function compareVersions(before: VersionContent, after: VersionContent): { fields: FieldChange[]; materials: MaterialChange[] } {
  const fields = diff(before, after, guideFields);
  // Materials are matched by name: that is how applicants and clerks know them.
  const old = new Map(before.materials.map((m) => [m.name, m]));
  const now = new Map(after.materials.map((m) => [m.name, m]));
  const materials: MaterialChange[] = [];
  for (const [name, m] of old) {
    const n = now.get(name);
    if (!n) materials.push({ change: 'removed', name, before: m });
    else {
      const changed = diff(m, n, materialFields);
      if (changed.length) materials.push({ change: 'changed', name, fields: changed });
    }
  }
  for (const [name, m] of now) if (!old.has(name)) materials.push({ change: 'added', name, after: m });
  return { fields, materials };
}
