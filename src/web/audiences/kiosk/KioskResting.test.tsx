// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.ts';
import './messages.ts';
import { KioskApp } from './KioskApp.tsx';

// The kiosk on a day the hall issues no tickets (休息日取号 off, a rest day): it says so and
// offers no category. The server is faked at fetch level.
const category = {
  id: 'k1',
  prefix: 'A',
  name: '综合业务',
  description: '',
  icon: 'appstore',
  openingHours: null,
  openNow: true,
  waiting: 0,
  remainingToday: 300,
};

function serve(restingToday: boolean) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL | string) => {
      const path = String(url);
      const body = path.includes('/categories')
        ? { items: [category], remoteTickets: true, restingToday, notice: '', greenChannels: [], ticketFooter: '' }
        : path.includes('/hall/centers')
          ? { items: [{ id: 'c1', name: '旬邑县政务服务中心' }] }
          : { enabled: false };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderKiosk() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <KioskApp centerId="c1" />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('kiosk on a rest day', () => {
  it('says the hall is resting and offers no category', async () => {
    serve(true);
    renderKiosk();
    expect((await screen.findByTestId('kiosk-resting', {}, { timeout: 15_000 })).textContent).toContain('今天是休息日，暂停取号');
    expect(screen.queryByText('综合业务')).toBeNull();
  });

  it('offers the categories on a working day', async () => {
    serve(false);
    renderKiosk();
    expect(await screen.findByText('综合业务', {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByTestId('kiosk-resting')).toBeNull();
  });
});
