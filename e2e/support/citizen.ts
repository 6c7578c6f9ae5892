import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './browser.ts';

// A citizen's session for a journey: the SMS gateway the server texts through (its webhook
// points here), and a sign-in with the code read from what the gateway received.

export interface SmsGateway {
  /** The SMS_WEBHOOK_URL to start the server with. */
  url: string;
  texts: { to: string; text: string }[];
  /** The env that makes the server text through this gateway within a second. */
  env: Record<string, string>;
  close: () => Promise<void>;
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const texts: { to: string; text: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      texts.push(JSON.parse(body) as { to: string; text: string });
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return {
    url,
    texts,
    env: { SMS_WEBHOOK_URL: url, SMS_DISPATCH_INTERVAL_MS: '1000', JOBS_POLL_SECONDS: '0.5' },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The six digits of the latest text to a number after `after` texts, once the gateway has it. */
export async function codeTextedTo(gateway: SmsGateway, mobile: string, after: number): Promise<string> {
  const mine = () => gateway.texts.slice(after).filter((t) => t.to === mobile);
  await expect.poll(() => mine().length, { timeout: 30_000 }).toBeGreaterThan(0);
  return /\d{6}/.exec(mine().at(-1)!.text)![0];
}

/** Signs a citizen in within a browser context (its request client shares the context's cookies). */
export async function signInCitizenIn(context: BrowserContext, baseUrl: string, gateway: SmsGateway, mobile: string): Promise<void> {
  const before = gateway.texts.length;
  const sent = await context.request.post(`${baseUrl}/api/v1/portal/sign-in/code`, { data: { mobile } });
  if (!sent.ok()) throw new Error(`code for ${mobile}: ${sent.status()} ${await sent.text()}`);
  const code = await codeTextedTo(gateway, mobile, before);
  const res = await context.request.post(`${baseUrl}/api/v1/portal/sign-in`, { data: { mobile, code } });
  if (!res.ok()) throw new Error(`citizen sign-in ${mobile}: ${res.status()} ${await res.text()}`);
}

/**
 * A message for the citizen's inbox: the center manager sends a test of an event to the
 * mobile (the console's 发送测试通知), which reaches the account behind it as well.
 */
export async function sendTestMessage(baseUrl: string, mobile: string, event = 'case.accepted'): Promise<string[]> {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'manager', password: DEMO_PASSWORD }) });
  if (!signIn.ok) throw new Error(`manager sign-in: ${signIn.status}`);
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await (await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } })).json()) as { center: { id: string } };
  const res = await fetch(`${baseUrl}/api/v1/notification/centers/${me.center.id}/test-notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ event, mobile }),
  });
  if (!res.ok) throw new Error(`test message to ${mobile}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { channels: string[] }).channels;
}
