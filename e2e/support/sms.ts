import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

// The operator's SMS gateway as a test sees it: the server's SMS webhook (SMS_WEBHOOK_URL)
// points here, and every text it sends is kept, so a journey reads a sign-in code as a phone would.
export async function startSmsGateway() {
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
  const to = (mobile: string, after: number) => texts.slice(after).filter((t) => t.to === mobile);
  return {
    url,
    /** The server's settings that text through this gateway, dispatched every second. */
    env: { SMS_WEBHOOK_URL: url, SMS_DISPATCH_INTERVAL_MS: '1000', JOBS_POLL_SECONDS: '0.5' },
    texts,
    /** The six digits of the latest text to a number after the first `after` texts, once it arrives. */
    async codeTo(mobile: string, after: number): Promise<string> {
      await expect.poll(() => to(mobile, after).length, { timeout: 30_000 }).toBeGreaterThan(0);
      return /\d{6}/.exec(to(mobile, after).at(-1)!.text)![0];
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
export type SmsGateway = Awaited<ReturnType<typeof startSmsGateway>>;
