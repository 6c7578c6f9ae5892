import fs from 'node:fs';
import * as OTPAuth from 'otpauth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freshCode } from '../../test/totp-codes.ts';

const executablePath = '/usr/bin/chromium';

/** Debian's Chromium, headless; no browser download and no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DEMO_PASSWORD = 'Demo@2026pass';

/** A code of the secret the server has not taken yet (it takes each code once). */
export function totpNow(secret: string): Promise<string> {
  return freshCode(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }));
}

/** Fills the first sign-in step and submits it. */
export async function submitCredentials(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** The TOTP enrolment step of an administrator's first sign-in; returns the secret. */
export async function enrolTotp(page: Page, password = DEMO_PASSWORD): Promise<string> {
  await page.getByTestId('enrol-password').fill(password);
  await page.getByTestId('enrol-start').click();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  await page.getByTestId('enrol-code').fill(await totpNow(secret));
  await page.getByTestId('enrol-confirm').click();
  return secret;
}

/** The surfaces whose groups the side menu shows, in order. */
export async function menuSurfaces(page: Page): Promise<string[]> {
  await page.getByTestId('center-name').waitFor();
  return page.locator('[data-testid=staff-menu] [data-surface]').evaluateAll((els) => els.map((e) => e.getAttribute('data-surface') ?? ''));
}

export async function menuEntries(page: Page): Promise<string[]> {
  return page.locator('[data-testid=staff-menu] [data-menu-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-menu-key') ?? ''));
}

/**
 * The staff desks of one journey: each account signed in on a desktop page in a browser context
 * of its own (its own session cookie), waiting for the shell; all closed together at the end.
 */
export function staffDesks(browser: () => Browser, url: () => string, options: { acceptDownloads?: boolean } = {}) {
  const contexts: BrowserContext[] = [];
  return {
    async signIn(username: string): Promise<Page> {
      const context = await browser().newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN', ...options });
      contexts.push(context);
      const page = await context.newPage();
      await submitCredentials(page, url(), username);
      await page.getByTestId('center-name').waitFor();
      return page;
    },
    async close() {
      for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    },
  };
}
