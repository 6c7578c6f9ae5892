// Throughput of WorkCalendar.addWorkdays against chinese-days' findWorkday on the same random
// inputs. Run: node --import tsx bench/calendar-addworkdays.bench.ts [ops]
//
// Mapping: chinese-days' findWorkday(n, d) walks forward from d and counts working days after
// d (the start day is not counted), and for n = 0 returns d or the next working day. That is
// exactly addWorkdays(d, n) for n ≥ 0, so answers are compared one to one.
import chineseDays from 'chinese-days';
import { fromEpochDay, officialCalendar, toEpochDay } from '../src/domain/calendar/index.ts';

const OPS = Number(process.argv[2] ?? 200_000);
const cal = officialCalendar();

// Deterministic inputs (mulberry32) so runs are comparable.
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20260924);
const first = toEpochDay('2008-01-01');
const span = toEpochDay('2024-12-31') - first + 1;
const starts: string[] = [];
const counts: number[] = [];
for (let i = 0; i < OPS; i++) {
  starts.push(fromEpochDay(first + Math.floor(rand() * span)));
  counts.push(1 + Math.floor(rand() * 60));
}

function run(fn: (d: string, n: number) => string, ops: number): number {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) sink += fn(starts[i] as string, counts[i] as number).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink !== ops * 10) throw new Error('unexpected result length');
  return ops / seconds;
}

const ours = (d: string, n: number) => cal.addWorkdays(d, n);
const theirs = (d: string, n: number) => chineseDays.findWorkday(n, d);

// Same answers? Compare on a sample (all inputs are inside the data, 2008–2025).
const SAMPLE = Math.min(OPS, 5_000);
const mismatches: string[] = [];
for (let i = 0; i < SAMPLE; i++) {
  const [d, n] = [starts[i] as string, counts[i] as number];
  if (ours(d, n) !== theirs(d, n)) mismatches.push(`${d}+${n}: ${ours(d, n)} vs ${theirs(d, n)}`);
}

// Warm up both (JIT), then measure.
run(ours, Math.min(OPS, 50_000));
run(theirs, Math.min(OPS, 5_000));
const oursOps = run(ours, OPS);
const baseOps = run(theirs, OPS);
const ratio = oursOps / baseOps;

console.log(
  `addWorkdays: ours ${Math.round(oursOps).toLocaleString('en')} ops/s, chinese-days findWorkday ` +
    `${Math.round(baseOps).toLocaleString('en')} ops/s, ${ratio.toFixed(1)}x faster over ${OPS} ops; ` +
    `answers compared on ${SAMPLE}: ${mismatches.length} mismatches${mismatches.length ? ` (${mismatches.slice(0, 5).join('; ')})` : ''}`,
);
console.log(
  JSON.stringify({
    bench: 'calendar-addworkdays',
    ours_ops_per_s: Math.round(oursOps),
    baseline: 'chinese-days findWorkday',
    baseline_ops_per_s: Math.round(baseOps),
    ratio: Number(ratio.toFixed(1)),
    ops: OPS,
    sample_checked: SAMPLE,
    mismatches: mismatches.length,
  }),
);
if (mismatches.length > 0) process.exitCode = 1;
