/** The fields a patch really changes, as {field: [before, after]}, for the audit summary. */
export function diffFields(before: Record<string, unknown>, patch: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = [before[k] ?? null, v];
  }
  return out;
}
