// The wait a kiosk prints and a phone shows: people ahead × typical service time ÷ windows.

/** How many recent services make the typical time: enough to smooth one long case out. */
export const WAIT_SAMPLE = 20;
/** Used until a category has served anyone: a plain counter visit. */
export const DEFAULT_SERVICE_SECONDS = 300;

/** Median of the values (the upper middle for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A moving median of the last `sample` service durations (newest first). The median, not
 * the mean: one 40-minute real-estate case must not triple everyone's estimate.
 */
export function typicalServiceSeconds(recentNewestFirst: readonly number[], sample = WAIT_SAMPLE): number {
  const m = median(recentNewestFirst.slice(0, sample).filter((s) => Number.isFinite(s) && s >= 0));
  return m ?? DEFAULT_SERVICE_SECONDS;
}

export interface WaitEstimate {
  ahead: number;
  seconds: number;
  /** Rounded up: "about 0 minutes" reads as a promise the hall cannot keep. */
  minutes: number;
}

/**
 * Expected wait of the next ticket in a queue with `ahead` people before it, served by
 * `windows` windows. Null when no window serves the category (no honest number exists).
 */
export function estimateWait(
  ahead: number,
  recentNewestFirst: readonly number[],
  windows: number,
  sample = WAIT_SAMPLE,
): WaitEstimate | null {
  if (windows < 1) return null;
  const seconds = Math.round((ahead * typicalServiceSeconds(recentNewestFirst, sample)) / windows);
  return { ahead, seconds, minutes: Math.ceil(seconds / 60) };
}
