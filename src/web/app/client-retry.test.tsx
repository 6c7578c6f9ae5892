// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n/index.ts';
import { createQueryClient } from './query-client.ts';
import { ServiceNotice } from '../ui/ServiceNotice.tsx';
import { api, ApiError, readRetryDelay, retryAfterMs, retryRead } from '../api/client.ts';
import { isServiceDown, markServiceAvailable } from '../api/service-status.ts';

// Decision 0020: while the server's database is away it answers 503 SERVICE_UNAVAILABLE with
// Retry-After. Reads wait it out and retry by themselves; writes (no idempotency key) are not
// retried; the screens say 服务暂不可用，请稍候 until an answer comes back.

const outage = (retryAfter = '0') =>
  new Response(JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: '服务暂不可用，请稍候' }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': retryAfter },
  });
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  markServiceAvailable();
  vi.unstubAllGlobals();
});

describe('the API client during a database outage', () => {
  it('reads Retry-After, flags the outage, and clears it with the next good answer', async () => {
    fetchMock.mockResolvedValueOnce(outage('7')).mockResolvedValueOnce(ok({ items: [] }));
    const err = await api('/hall/centers').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect([(err as ApiError).status, (err as ApiError).body.code, (err as ApiError).retryAfterMs]).toEqual([503, 'SERVICE_UNAVAILABLE', 7000]);
    expect(isServiceDown()).toBe(true);
    await api('/hall/centers');
    expect(isServiceDown()).toBe(false);
  });

  it('keeps retrying reads through an outage, after the Retry-After, but gives up on 4xx at once', () => {
    const down = new ApiError(503, { code: 'SERVICE_UNAVAILABLE', message: '' }, 3000);
    expect(retryRead(2, down)).toBe(true);
    expect(retryRead(50, down)).toBe(true);
    expect(readRetryDelay(1, down)).toBe(3000);
    expect(readRetryDelay(1, new ApiError(503, { code: 'SERVICE_UNAVAILABLE', message: '' }, 600_000))).toBe(30_000);
    expect(retryRead(0, new ApiError(404, { code: 'NOT_FOUND', message: '' }))).toBe(false);
    expect(retryRead(2, new ApiError(500, { code: 'INTERNAL', message: '' }))).toBe(false);
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('a read recovers by itself; a write is not repeated and shows the message', async () => {
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    fetchMock.mockResolvedValueOnce(outage()).mockResolvedValueOnce(outage()).mockResolvedValueOnce(outage()).mockResolvedValueOnce(ok({ n: 1 }));
    const read = renderHook(() => useQuery({ queryKey: ['x'], queryFn: () => api<{ n: number }>('/x') }), { wrapper });
    await waitFor(() => expect(read.result.current.data).toEqual({ n: 1 }), { timeout: 3000 });
    expect(fetchMock).toHaveBeenCalledTimes(4);

    fetchMock.mockReset().mockResolvedValue(outage());
    const write = renderHook(() => useMutation({ mutationFn: () => api('/hall/c1/tickets', { body: { categoryId: 'k' } }) }), { wrapper });
    await act(async () => {
      await write.result.current.mutateAsync().catch(() => undefined);
    });
    await waitFor(() => expect(write.result.current.isError).toBe(true));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((write.result.current.error as ApiError).message).toBe('服务暂不可用，请稍候');
  });

  it('shows 服务暂不可用，请稍候 while the server is away, and removes it once /readyz answers', async () => {
    fetchMock.mockResolvedValueOnce(outage('1')).mockResolvedValueOnce(new Response('', { status: 503 })).mockResolvedValue(new Response('{}', { status: 200 }));
    render(<ServiceNotice />);
    expect(screen.queryByTestId('service-unavailable')).toBeNull();
    await act(async () => {
      await api('/hall/centers').catch(() => undefined);
    });
    expect(screen.getByTestId('service-unavailable').textContent).toBe('服务暂不可用，请稍候');
    // Probed after each Retry-After (1 s): first still down, then back.
    await waitFor(() => expect(screen.queryByTestId('service-unavailable')).toBeNull(), { timeout: 4000 });
    expect(fetchMock.mock.calls.slice(1).map((c) => String(c[0]))).toEqual(['/readyz', '/readyz']);
  });
});
