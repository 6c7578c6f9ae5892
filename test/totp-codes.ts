import type * as OTPAuth from 'otpauth';

// TOTP codes for tests that sign administrators in: the server takes each code once (the
// replay rule in identity.routes.ts, platform/auth/totp-replay.ts), so a test asks for a code it
// has not handed out yet. Shared by the API suites and the browser tests.

const STEP_MS = 30_000;
const handedOut = new Map<string, Set<string>>();

/**
 * A TOTP code the server has not seen yet: it accepts the codes of the steps either side of
 * now, each once. So: this step's code, else
 * the next step's, else the previous one's while it still has time; else wait for a new step.
 */
export async function freshCode(totp: OTPAuth.TOTP): Promise<string> {
  const used = handedOut.get(totp.secret.base32) ?? new Set<string>();
  handedOut.set(totp.secret.base32, used);
  for (;;) {
    const now = Date.now();
    const leftInStep = STEP_MS - (now % STEP_MS);
    const offsets = leftInStep > 5_000 ? [0, STEP_MS, -STEP_MS] : [0, STEP_MS];
    for (const offset of offsets) {
      const code = totp.generate({ timestamp: now + offset });
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
    await new Promise((r) => setTimeout(r, leftInStep + 100));
  }
}

