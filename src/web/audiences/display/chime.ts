// A two-tone "ding-dong" before an announcement, made with Web Audio (no sound file to ship).
let ctx: AudioContext | undefined;

/** Called from the click that enables voice: browsers start audio only after a gesture. */
export function unlockChime(): void {
  if (typeof AudioContext === 'undefined') return;
  ctx ??= new AudioContext();
  void ctx.resume();
}

export function playChime(): Promise<void> {
  if (!ctx) return Promise.resolve();
  const at = ctx.currentTime;
  for (const [i, freq] of [880, 660].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, at + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.4, at + i * 0.35 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.35 + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at + i * 0.35);
    osc.stop(at + i * 0.35 + 0.65);
  }
  return new Promise((resolve) => window.setTimeout(resolve, 1000));
}
