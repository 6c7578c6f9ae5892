// `onewindow seed-cases --count 1000000`: generated cases in bulk for benchmarks (decision 0027).
import type { Command } from 'commander';
import type { Config } from '../platform/config.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { isEmpty, seedDemo } from '../seed/seed.ts';
import { seedCases } from '../seed/cases/seed-cases.ts';
import { progressBar } from './progress.ts';
import { withDatabase } from './with-database.ts';

const share = (v: string) => {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new Error(`a share is a number from 0 to 1: ${v}`);
  return n;
};
const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`a positive whole number: ${v}`);
  return n;
};

export function registerSeedCasesCommand(program: Command, config: () => Config) {
  program
    .command('seed-cases')
    .description('add generated cases in bulk (test data for benchmarks, not a write path: decision 0027); seeds the demo first on an empty database')
    .requiredOption('--count <n>', 'how many cases', positive)
    .option('--center <code...>', 'center code(s) taking the cases (default: every center with a window clerk, the first one most)')
    .option('--open-share <share>', 'share of cases left open whatever their age (default: open only while their life is not over yet)', share)
    .option('--review-share <share>', 'of the open cases, the share in 审查中 (in_review)', share, 0.5)
    .option('--days <n>', 'days back the cases cover', positive, 730)
    .option('--batch <n>', 'cases per transaction', positive, 10_000)
    .option('--seed <n>', 'random seed (same seed, same cases)', positive, 16)
    .action((o: { count: number; center?: string[]; openShare?: number; reviewShare: number; days: number; batch: number; seed: number }) =>
      withDatabase(config(), async (database) => {
        await migrateDatabase(database);
        if (await isEmpty(database.db)) {
          await seedDemo(database.db, { forcePasswordChange: !config().demo });
          console.log('空数据库：已先创建演示数据 (empty database: demo seeded first)');
        }
        const bar = progressBar('办件 cases');
        try {
          const r = await seedCases(database.db, { count: o.count, centers: o.center ?? [], openShare: o.openShare, reviewShare: o.reviewShare, days: o.days, batch: o.batch, seed: o.seed, onProgress: (d, t) => bar.update(d, t) });
          bar.stop();
          console.log(`已生成 ${r.cases} 件办件 (${r.centers.join(', ')}) in ${r.seconds.toFixed(0)} s on ${database.describe}`);
        } finally {
          bar.stop();
        }
      }),
    );
}
