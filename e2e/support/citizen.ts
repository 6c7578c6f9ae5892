import type { BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from './browser.ts';
import type { SmsGateway } from './sms.ts';

// A citizen's session for a journey: the SMS gateway the server texts through (its webhook
// points here), and a sign-in with the code read from what the gateway received.

export { startSmsGateway, type SmsGateway } from './sms.ts';
/** Signs a citizen in within a browser context (its request client shares the context's cookies). */
export async function signInCitizenIn(context: BrowserContext, baseUrl: string, gateway: SmsGateway, mobile: string): Promise<void> {
  const before = gateway.texts.length;
  const sent = await context.request.post(`${baseUrl}/api/v1/portal/sign-in/code`, { data: { mobile } });
  if (!sent.ok()) throw new Error(`code for ${mobile}: ${sent.status()} ${await sent.text()}`);
  const code = await gateway.codeTo(mobile, before);
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
