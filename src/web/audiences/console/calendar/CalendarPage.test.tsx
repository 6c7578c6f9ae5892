// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../../i18n/index.ts';
import '../messages.ts';
import { CalendarPage } from './CalendarPage.tsx';

// The server is faked at fetch level: the screen is checked against the API shapes only.
const today = new Date();
const y = today.getFullYear();
const iso = (m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const month = today.getMonth() + 1;
// Generous waits: the suite may share two cores with PGlite-heavy server tests.
const wait = { timeout: 15_000 };
const calls: { path: string; method: string; body?: unknown }[] = [];

function respond(path: string): unknown {
  if (path === '/api/v1/auth/me') return { permissions: ['calendar.manage'] };
  if (path === '/api/v1/calendar/years')
    return {
      today: iso(month, 1),
      years: [{ year: y, source: 'chinese-days' }],
      missingNextYearWarning: true,
      warning: { year: y + 1, message: `尚未导入 ${y + 1} 年节假日安排`, messageEn: '' },
    };
  if (path === '/api/v1/calendar/days')
    return {
      days: [
        { date: iso(month, 10), workday: false, name: '测试假日', source: 'manual', region: '' },
        { date: iso(month, 14), workday: true, name: '调休', source: 'chinese-days', region: '' },
      ],
    };
  if (path === '/api/v1/calendar/import/preview')
    return {
      year: y + 1,
      days: 1,
      offDays: 1,
      workDays: 0,
      added: [{ date: `${y + 1}-01-01`, after: { kind: 'off', name: '元旦' } }],
      changed: [],
      removed: [],
    };
  return {};
}

beforeAll(() => {
  // antd needs matchMedia and ResizeObserver, which jsdom lacks.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as never;
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    onchange: null,
    dispatchEvent: () => false,
  })) as never;
  vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
    calls.push({ path: url.pathname, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(respond(url.pathname)), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(cleanup);

function mount() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <App>
        <CalendarPage />
      </App>
    </QueryClientProvider>,
  );
}

describe('CalendarPage', () => {
  it('marks days off in red with their name, make-up days with 班, and warns about next year', async () => {
    mount();
    expect(await screen.findByText('工作日历', undefined, wait)).toBeTruthy();
    expect(await screen.findByText(/休 测试假日/, undefined, wait)).toBeTruthy();
    expect(screen.getByText(/班 调休/)).toBeTruthy();
    expect(screen.getByText(`尚未导入 ${y + 1} 年节假日安排`)).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/v1/calendar/days')).toBe(true);
  });

  it('previews an import before confirming it', async () => {
    mount();
    await screen.findByText(/休 测试假日/, undefined, wait);
    fireEvent.click(await screen.findByRole('button', { name: /导入年度安排/ }, wait));
    const area = await screen.findByPlaceholderText('或粘贴 JSON 内容', undefined, wait);
    fireEvent.change(area, { target: { value: '{oops' } });
    fireEvent.click(screen.getByRole('button', { name: '预览变更' }));
    expect(await screen.findByText(/不是有效的 JSON/, undefined, wait)).toBeTruthy();
    fireEvent.change(area, {
      target: { value: JSON.stringify({ year: y + 1, days: [{ name: '元旦', date: `${y + 1}-01-01`, isOffDay: true }] }) },
    });
    fireEvent.click(screen.getByRole('button', { name: '预览变更' }));
    await waitFor(() => expect(screen.getByText(`${y + 1} 年共 1 天：休息 1 天，调休上班 0 天`)).toBeTruthy(), wait);
    expect(screen.getByText('休 元旦')).toBeTruthy(); // the change table: after = day off 元旦
    expect(calls.some((c) => c.path === '/api/v1/calendar/import')).toBe(false);
  });
});
