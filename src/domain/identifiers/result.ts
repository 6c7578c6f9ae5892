// Shared result shape: callers (form validation, import jobs) need the reason to pick a message,
// and the normalized form to store, without catching exceptions.
export type IdentifierResult<Reason extends string = string> =
  { ok: true; normalized: string } | { ok: false; reason: Reason };
