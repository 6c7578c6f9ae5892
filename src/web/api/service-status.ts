// Whether the server said its database is away (503 SERVICE_UNAVAILABLE), for the notice the
// kiosk, the display and the staff screens show meanwhile. Set by the API client on a 503,
// cleared by the next answer that is not one; while set, a probe of /readyz after each
// Retry-After clears it as soon as the database is back, even on a screen with no polling.

type Listener = () => void;

const listeners = new Set<Listener>();
let unavailable = false;
let probe: ReturnType<typeof setTimeout> | undefined;

const PROBE_DEFAULT_MS = 5000;

export function isServiceDown(): boolean {
  return unavailable;
}

export function subscribeServiceStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: boolean) {
  if (next === unavailable) return;
  unavailable = next;
  listeners.forEach((l) => l());
}

export function markServiceAvailable(): void {
  clearTimeout(probe);
  probe = undefined;
  set(false);
}

export function markServiceUnavailable(retryAfterMs = PROBE_DEFAULT_MS): void {
  set(true);
  if (probe !== undefined) return;
  const check = (wait: number) => {
    probe = setTimeout(() => {
      fetch('/readyz').then(
        (res) => (res.ok ? markServiceAvailable() : check(wait)),
        () => check(wait),
      );
    }, wait);
  };
  check(Math.max(1000, retryAfterMs));
}
