import i18n from 'i18next';
import { markServiceAvailable, markServiceUnavailable } from './service-status.ts';
import type { ErrorBody } from '../../contract/common.ts';

/** The error body every API route answers with. */
export type ApiErrorBody = ErrorBody;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** From Retry-After: how long the server asked us to wait before trying again. */
    readonly retryAfterMs?: number,
  ) {
    super(body.message);
  }
}

/** The server's database is away (decision 0020): a 503 that asks the client to wait and retry. */
export const isServiceUnavailable = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 503 && error.body.code === 'SERVICE_UNAVAILABLE';

/** Retry-After in seconds (the form the server sends), as milliseconds; a date form is honoured too. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** fetch against /api/v1 with the session cookie, the UI language, and our error body. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  const url = new URL(`/api/v1${path}`, window.location.origin);
  for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    credentials: 'same-origin',
    headers: {
      'accept-language': i18n.language?.startsWith('en') ? 'en' : 'zh-CN',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) {
    markServiceAvailable();
    return undefined as T;
  }
  const data = await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }));
  if (!res.ok) {
    const error = new ApiError(res.status, data as ApiErrorBody, retryAfterMs(res.headers.get('retry-after')));
    if (isServiceUnavailable(error)) markServiceUnavailable(error.retryAfterMs);
    else if (res.status < 500) markServiceAvailable();
    throw error;
  }
  markServiceAvailable();
  return data as T;
}

// Reads (queries) wait out a database outage by themselves: they retry for as long as the
// server answers SERVICE_UNAVAILABLE, each time after the Retry-After it sent. Writes are not
// retried here: a ticket press or a window press carries no idempotency key, so a press whose
// answer was lost may have happened; the screen shows the message and the person presses again.

/** Reads give up on a lasting outage after about this long, and show the error. */
const OUTAGE_PATIENCE_MS = 10 * 60_000;
const DEFAULT_WAIT_MS = 5000;
const MAX_WAIT_MS = 30_000;

/** React Query's `retry` for reads: 4xx never (the answer will not change), outages long, other failures twice. */
export function retryRead(failureCount: number, error: unknown): boolean {
  if (isServiceUnavailable(error)) return failureCount * DEFAULT_WAIT_MS < OUTAGE_PATIENCE_MS;
  return !(error instanceof ApiError && error.status < 500) && failureCount < 2;
}

/** React Query's `retryDelay` for reads: the server's Retry-After in an outage, else exponential from 1 s. */
export function readRetryDelay(failureCount: number, error: unknown): number {
  if (isServiceUnavailable(error)) return Math.min(MAX_WAIT_MS, error.retryAfterMs ?? DEFAULT_WAIT_MS);
  return Math.min(MAX_WAIT_MS, 1000 * 2 ** failureCount);
}
