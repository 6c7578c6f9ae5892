import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { idCardCheckChar } from '../src/domain/identifiers/index.ts';
import { submitCredentials } from './support/browser.ts';
import { newDevicePage, startHallSuite, stopHallSuite } from './support/hall.ts';
import type { RunningServer } from './support/server.ts';

// Appointments in the browser: booked on a phone for the current slot, checked in at the kiosk
// by mobile number (and again by scanning the QR code), and called before an earlier walk-in.
// Then a remote ticket taken on the phone follows its place in the queue live.
const county = '旬邑县政务服务中心';
const countyRegion = '610429';
const phoneNumber = '13912345678';
const first17 = '61042919900101123';
const idCard = first17 + idCardCheckChar(first17);

let server: RunningServer;
let browser: Browser;
let centerId: string;
const contexts: BrowserContext[] = [];

const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

beforeAll(async () => {
  ({ server, browser, centerId } = await startHallSuite(county));
});
afterAll(() => stopHallSuite(contexts, browser, server));

const newPage = (width: number, height: number) => newDevicePage(browser, contexts, width, height);

/** A JSON call with the signed-in page's session cookie; fails the test on a non-2xx answer. */
async function call<T>(request: APIRequestContext, method: string, path: string, body?: unknown): Promise<T> {
  const res = await request.fetch(`${server.url}/api/v1${path}`, { method, data: body === undefined ? undefined : body });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (res.status() === 204 ? undefined : await res.json()) as T;
}

type Printed = Window & { __printed: number };

describe('appointments: phone → kiosk check-in → called first', () => {
  let manager: Page;
  let clerk: Page;
  let kiosk: Page;
  let phone: Page;
  let walkIn: string;
  let qr: string;

  test('the manager makes today bookable: a working day, open all day, bookable from today', async () => {
    manager = await newPage(1440, 900);
    await submitCredentials(manager, server.url, 'manager');
    await manager.getByTestId('center-name').waitFor();
    const api = manager.request;
    const today = chinaToday();
    const day = await call<{ days: { workday: boolean }[] }>(api, 'GET', `/calendar/days?from=${today}&to=${today}&region=${countyRegion}`);
    if (!day.days[0]!.workday) await call(api, 'PUT', `/calendar/days/${today}`, { kind: 'work', name: '测试加班', region: countyRegion });

    const { items } = await call<{ items: { id: string; prefix: string }[] }>(api, 'GET', `/queue/categories?centerId=${centerId}`);
    const a = items.find((c) => c.prefix === 'A')!;
    await call(api, 'PATCH', `/queue/categories/${a.id}`, { openingHours: '00:00-24:00' });
    const rules = await call<Record<string, unknown>>(api, 'GET', `/queue/centers/${centerId}/appointment-rules`);
    // Late check-in allowed for the whole slot: the test may run at any minute of it.
    await call(api, 'PUT', `/queue/centers/${centerId}/appointment-rules`, {
      ...rules,
      enabled: true,
      minDaysAhead: 0,
      checkInLateMinutes: 240,
    });

    // The console shows the rules just saved.
    await manager.goto(`${server.url}/console/hall?tab=appointment-rules`);
    await expect.poll(() => manager.getByLabel('最晚迟到签到（分钟）').inputValue()).toBe('240');

    // The day-before reminder SMS (on in the demo county): off greys out its time, on again at 17:30.
    const reminder = manager.getByTestId('rules-reminder');
    await expect.poll(() => reminder.getAttribute('aria-checked')).toBe('true');
    await reminder.click();
    await expect.poll(() => manager.getByLabel('提醒时间').isDisabled()).toBe(true);
    await reminder.click();
    await manager.getByLabel('提醒时间').fill('17:30');
    await manager.keyboard.press('Enter');
    await manager.screenshot({ path: '/tmp/console-rules.png', fullPage: true });
    await manager.getByRole('button', { name: /^保\s?存$/ }).click();
    await expect
      .poll(
        async () =>
          await call<{ reminderEnabled: boolean; reminderTime: string }>(api, 'GET', `/queue/centers/${centerId}/appointment-rules`),
      )
      .toMatchObject({ reminderEnabled: true, reminderTime: '17:30', checkInLateMinutes: 240 });
  });

  test('a walk-in takes an ordinary ticket at the kiosk first', async () => {
    kiosk = await newPage(1080, 1920);
    await kiosk.addInitScript(() => {
      (window as unknown as Printed).__printed = 0;
      window.print = () => void (window as unknown as Printed).__printed++;
    });
    await kiosk.goto(`${server.url}/kiosk?center=${centerId}`);
    await kiosk.locator('[data-testid=kiosk-category][data-prefix=A]').click();
    await kiosk.getByTestId('kiosk-take').click();
    walkIn = (await kiosk.getByTestId('kiosk-ticket-number').innerText()).trim();
    expect(walkIn).toMatch(/^A\d{3}$/);
    await expect.poll(() => kiosk.evaluate(() => (window as unknown as Printed).__printed)).toBe(1);
    await kiosk.getByTestId('kiosk-done').click();
  });

  test('a visitor books the current slot on the phone and gets the code and QR code', async () => {
    phone = await newPage(390, 844);
    await phone.goto(`${server.url}/portal`);
    await phone.getByTestId('home-hall').click();
    await phone.getByTestId('hall-center').filter({ hasText: county }).click();
    await expect.poll(() => phone.getByTestId('hall-center-name').innerText()).toBe(county);
    await phone.getByTestId('hall-book').click();
    await phone.locator('[data-testid=book-category][data-prefix=A]').click();
    // Today is offered first (bookable from today); its first slot is the one running now.
    await expect.poll(() => phone.locator('[data-testid=slot-day][aria-pressed=true]').innerText()).toContain('今天');
    const slot = phone.locator('[data-testid=slot]:not([disabled])').first();
    const start = await slot.getAttribute('data-start');
    await slot.click();
    await phone.screenshot({ path: '/tmp/appointment-slots.png', fullPage: true });
    await phone.getByTestId('book-next').click();
    await phone.getByTestId('booking-rules').getByText('至少提前').waitFor();
    await phone.getByTestId('booking-rules').getByText('预约前一天 17:30').waitFor();

    // A wrong check digit is refused on the page, before anything is sent.
    await phone.getByTestId('book-name').fill('张小三');
    await phone.getByTestId('book-id').fill(first17 + (idCard.endsWith('0') ? '1' : '0'));
    await phone.getByTestId('book-phone').fill(phoneNumber);
    await phone.getByTestId('book-submit').click();
    await phone.getByText('身份证号码不正确').waitFor();
    await phone.getByTestId('book-id').fill(idCard);
    await phone.getByTestId('book-phone').focus(); // leaving the field checks it again
    await phone.getByText('身份证号码不正确').waitFor({ state: 'detached' });
    await phone.screenshot({ path: '/tmp/appointment-booking.png', fullPage: true });
    await phone.getByTestId('book-submit').click();

    await phone.getByTestId('booked').waitFor();
    const code = (await phone.getByTestId('appointment-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await phone.getByTestId('appointment-time').innerText()).toContain(start!);
    expect(await phone.getByTestId('appointment-state').innerText()).toBe('已预约');
    expect(await phone.getByTestId('appointment-person').innerText()).toContain('张*三');
    qr = (await phone.getByTestId('appointment-qr').getAttribute('data-qr-value'))!;
    expect(qr).toMatch(new RegExp(`^${server.url}/portal/appointment/${centerId}/[0-9a-f-]{36}\\?code=${code}$`));
    await phone.screenshot({ path: '/tmp/appointment-confirmation.png', fullPage: true });

    // A second booking the same day is refused, in Chinese from the server.
    await phone.goto(`${server.url}/portal/hall/book?center=${centerId}`);
    await phone.locator('[data-testid=book-category][data-prefix=A]').click();
    await phone.locator('[data-testid=slot]:not([disabled])').first().click();
    await phone.getByTestId('book-next').click();
    await phone.getByTestId('book-name').fill('张小三');
    await phone.getByTestId('book-id').fill(idCard);
    await phone.getByTestId('book-phone').fill(phoneNumber);
    await phone.getByTestId('book-submit').click();
    await expect.poll(() => phone.getByTestId('book-error').innerText()).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('the visitor checks in at the kiosk with the mobile number and gets a priority ticket', async () => {
    await kiosk.screenshot({ path: '/tmp/kiosk-start.png' });
    await kiosk.getByTestId('kiosk-checkin').click();
    await kiosk.getByTestId('checkin-phone').click();
    // An unknown number: said in large friendly words.
    for (const d of '13700000000') await kiosk.getByRole('button', { name: d, exact: true }).click();
    await kiosk.getByTestId('checkin-submit').click();
    await expect.poll(() => kiosk.getByTestId('checkin-error').innerText()).toContain('没有找到您今天在本大厅的预约');
    await kiosk.screenshot({ path: '/tmp/kiosk-checkin-error.png' });
    for (let i = 0; i < 11; i++) await kiosk.getByRole('button', { name: '删除' }).click();
    for (const d of phoneNumber) await kiosk.getByRole('button', { name: d, exact: true }).click();
    await kiosk.screenshot({ path: '/tmp/kiosk-checkin.png' });
    await kiosk.getByTestId('checkin-submit').click();

    const number = (await kiosk.getByTestId('kiosk-ticket-number').innerText()).trim();
    expect(number).toMatch(/^A\d{3}$/);
    expect(number).not.toBe(walkIn);
    await kiosk.getByText('预约优先').first().waitFor();
    await kiosk.screenshot({ path: '/tmp/kiosk-appointment-ticket.png' });
    await expect.poll(() => kiosk.evaluate(() => (window as unknown as Printed).__printed)).toBe(2);
    await kiosk.getByTestId('kiosk-done').click();

    // Scanning the booking's QR code afterwards gives the same ticket again (a lost paper ticket).
    await kiosk.getByTestId('kiosk-checkin').click();
    await kiosk.getByTestId('checkin-scan-input').pressSequentially(qr);
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => kiosk.getByTestId('kiosk-ticket-number').innerText()).toBe(number);
    await kiosk.getByTestId('kiosk-done').click();

    await phone.goto(qr);
    await expect.poll(() => phone.getByTestId('appointment-state').innerText()).toBe('已签到');
    expect(await phone.getByTestId('appointment-ticket').innerText()).toBe(number);

    clerk = await newPage(1440, 900);
    await submitCredentials(clerk, server.url, 'clerk');
    await clerk.getByTestId('center-name').waitFor();
    await clerk.goto(`${server.url}/workbench/queue`);
    await clerk.getByTestId('queue-waiting').getByText(walkIn).waitFor();
    await clerk.getByTestId('queue-waiting').getByText(number).waitFor();
    await clerk.getByTestId('queue-call-next').click();
    // The appointment, checked in after the walk-in took a ticket, is called first.
    await expect.poll(() => clerk.getByTestId('queue-current-number').innerText()).toBe(number);

    // The hall manager's list of the day shows it checked in, masked, with its ticket.
    await manager.goto(`${server.url}/console/hall?tab=appointments`);
    const row = manager.getByRole('row', { name: /张\*三/ });
    await row.getByText('已签到').waitFor();
    expect(await row.innerText()).toContain(number);
    expect(await row.innerText()).not.toContain(phoneNumber);
    await manager.screenshot({ path: '/tmp/console-appointments.png' });
    await manager.getByRole('tab', { name: '短信发件箱' }).click();
    // The booking's confirmation and the call, both texted to the visitor's mobile (FACTS §H), the number masked.
    const texts = manager.getByRole('row', { name: /139\*\*\*\*5678/ });
    await texts.filter({ hasText: '您已预约' }).waitFor();
    await texts.filter({ hasText: `请${number}号` }).waitFor();
    await manager.screenshot({ path: '/tmp/console-outbox.png' });
  });

  test('the desk cancels a booking for a visitor who phoned', async () => {
    const categoryId = (
      await call<{ items: { id: string; prefix: string }[] }>(manager.request, 'GET', `/hall/${centerId}/categories`)
    ).items.find((c) => c.prefix === 'A')!.id;
    const slots = await call<{ days: { date: string; slots: { start: string; available: number }[] }[] }>(
      manager.request,
      'GET',
      `/hall/${centerId}/appointment-slots?categoryId=${categoryId}`,
    );
    const day = slots.days[0]!;
    const first17 = '61042919500101123';
    const booking = await call<{ id: string }>(manager.request, 'POST', `/hall/${centerId}/appointments`, {
      categoryId,
      date: day.date,
      start: day.slots.find((x) => x.available > 0)!.start,
      name: '李大爷',
      idCard: first17 + idCardCheckChar(first17),
      phone: '13912340000',
    });
    await manager.goto(`${server.url}/console/hall?tab=appointments`);
    await manager.getByTestId(`appointment-cancel-${booking.id}`).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByTestId('appointment-cancel-reason').fill('老人来电取消');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await manager
      .getByRole('row', { name: /李\*爷/ })
      .getByText('已取消')
      .waitFor();
  });

  test('a remote ticket taken on the phone shows its live place in the queue', async () => {
    await phone.goto(`${server.url}/portal/hall?center=${centerId}`);
    await phone.getByTestId('hall-remote').click();
    await phone.locator('[data-testid=remote-category][data-prefix=A]').click();
    await phone.getByTestId('remote-phone').fill('13698765432');
    await phone.getByTestId('remote-take').click();
    await phone.waitForURL(/\/kiosk\/ticket\//);
    const mine = (await phone.getByTestId('phone-number').innerText()).trim();
    expect(mine).toMatch(/^A\d{3}$/);
    // The walk-in is still waiting ahead of it.
    await expect.poll(() => phone.getByTestId('phone-ahead').innerText()).toBe('1 人');

    // The clerk finishes the appointment and calls the walk-in with one press (办结并叫号):
    // the phone moves up by itself.
    await clerk.getByTestId('queue-start').click();
    await expect.poll(() => clerk.getByTestId('queue-current-state').innerText()).toBe('办理中');
    await clerk.getByTestId('queue-finish-and-call-next').click();
    await expect.poll(() => clerk.getByTestId('queue-current-number').innerText()).toBe(walkIn);
    await expect.poll(() => clerk.getByTestId('queue-current-state').innerText()).toBe('已呼叫');
    await expect.poll(() => phone.getByTestId('phone-ahead').innerText()).toBe('0 人');
    await phone.getByTestId('phone-soon').waitFor();
  });

  test("the day's statistics count the bookings beside the tickets", async () => {
    await manager.goto(`${server.url}/console/hall?tab=stats`);
    const section = manager.getByTestId('stats-appointments');
    // Booked today: the one checked in (and the one the desk cancelled, if it was today's).
    await expect
      .poll(async () => Number(await section.locator('.ant-statistic').first().locator('.ant-statistic-content-value').innerText()))
      .toBeGreaterThanOrEqual(1);
    expect(await section.getByText('已签到').count()).toBe(1);
  });
});
