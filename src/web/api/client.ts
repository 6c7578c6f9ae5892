import i18n from 'i18next';
import type { ErrorBody } from '../../contract/common.ts';

/** The error body every API route answers with. */
export type ApiErrorBody = ErrorBody;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
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
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as T;
}
