import cliProgress from 'cli-progress';

/** A progress bar for long work; quiet (a line at the end) when not on a terminal. */
export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, noTTYOutput: false, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!process.stdout.isTTY) return;
      if (!started) {
        bar.start(Math.max(total, 1), 0);
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
