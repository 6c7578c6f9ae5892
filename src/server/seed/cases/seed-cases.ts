// `seed-cases`: stores generated cases in batches (decision 0027), for the search benchmark
// (issue #16: a million cases) and the back office's (issue #17: a million open cases).
import { afterBulkSeed, bulkSeedCases } from '../../modules/case/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { generateCases, type GenerateOptions } from './generate.ts';
import { loadSeedPlan } from './plan.ts';

export interface SeedCasesOptions extends GenerateOptions {
  centers?: readonly string[];
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function seedCases(db: Db, opts: SeedCasesOptions): Promise<{ cases: number; seconds: number; centers: string[] }> {
  const started = Date.now();
  const plan = await loadSeedPlan(db, opts.centers);
  const batch = Math.max(1, opts.batch ?? 10_000);
  const now = opts.now ?? new Date();
  const materials = (versionIds: Set<string>) => plan.materials.filter((m) => versionIds.has(m.versionId));
  opts.onProgress?.(0, opts.count);
  // The next batch is generated while the database stores the one before (Node and the
  // database each have a core to work on); a failed batch stops the run at the next turn.
  let inFlight: Promise<unknown> = Promise.resolve(null);
  let done = 0;
  const settle = async () => {
    const failure = await inFlight;
    if (failure instanceof Error) throw failure;
  };
  for (let first = 0; first < opts.count; first += batch) {
    const cases = generateCases(plan, { ...opts, now }, first, Math.min(batch, opts.count - first));
    await settle();
    opts.onProgress?.(done, opts.count);
    inFlight = bulkSeedCases(db, cases, materials(new Set(cases.map((c) => c.versionId)))).then(
      () => ((done += cases.length), null),
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
  }
  await settle();
  opts.onProgress?.(done, opts.count);
  await afterBulkSeed(db);
  return { cases: opts.count, seconds: (Date.now() - started) / 1000, centers: plan.centers.map((c) => c.code) };
}
