// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n/index.ts';
import './messages.ts';
import { CheckInScreen } from './CheckInScreen.tsx';

// The server is faked at fetch level: each test answers the check-in with one outcome.
const wait = { timeout: 15_000 };
let sent: unknown[] = [];

function answer(status: number, body: unknown) {
  sent = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: URL, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
}

function renderScreen() {
  const handlers = { onTicket: vi.fn(), onOrdinary: vi.fn(), onBack: vi.fn() };
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <CheckInScreen centerId="c1" {...handlers} />
    </QueryClientProvider>,
  );
  return handlers;
}

function press(digits: string) {
  for (const d of digits) fireEvent.click(screen.getByRole('button', { name: d }));
}

function typePhone(digits: string) {
  fireEvent.click(screen.getByTestId('checkin-phone'));
  press(digits);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('kiosk appointment check-in', () => {
  it('sends the mobile typed on the pad, only once it is a valid number', async () => {
    answer(200, { appointment: { id: 'a1' }, ticket: { id: 't1', number: 'A003', priority: 'appointment' } });
    const h = renderScreen();
    typePhone('1391234567');
    expect(screen.getByTestId('checkin-submit').hasAttribute('disabled')).toBe(true);
    press('8');
    fireEvent.click(screen.getByTestId('checkin-submit'));
    await vi.waitFor(() => expect(h.onTicket).toHaveBeenCalled(), wait);
    expect(sent).toEqual([{ phone: '13912345678' }]);
  });

  it('says when to come back if it is too early', async () => {
    answer(422, { code: 'APPOINTMENT_CHECK_IN_TOO_EARLY', message: '未到签到时间', details: { from: '09:30' } });
    renderScreen();
    typePhone('13912345678');
    fireEvent.click(screen.getByTestId('checkin-submit'));
    expect((await screen.findByTestId('checkin-error', {}, wait)).textContent).toContain('请于 09:30 后再来签到');
    expect(screen.queryByTestId('checkin-ordinary')).toBeNull();
  });

  it('offers an ordinary ticket when it is too late', async () => {
    answer(422, { code: 'APPOINTMENT_CHECK_IN_TOO_LATE', message: '已超过签到时间' });
    const h = renderScreen();
    typePhone('13912345678');
    fireEvent.click(screen.getByTestId('checkin-submit'));
    fireEvent.click(await screen.findByTestId('checkin-ordinary', {}, wait));
    expect(h.onOrdinary).toHaveBeenCalled();
  });

  it('submits what the scanner types when it presses Enter', async () => {
    answer(404, { code: 'APPOINTMENT_NOT_FOUND_TODAY', message: '未找到' });
    renderScreen();
    const input = screen.getByTestId('checkin-scan-input');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'k7m2p9qx' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByTestId('checkin-error', {}, wait)).textContent).toContain('没有找到您今天在本大厅的预约');
    expect(sent).toEqual([{ code: 'K7M2P9QX' }]);
  });
});
