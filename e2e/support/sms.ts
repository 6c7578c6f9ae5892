// The SMS gateway a citizen journey points the server's SMS webhook at: every text the outbox
// sends arrives here, so a journey reads the sign-in code as the phone would get it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

export interface SmsGateway {
  /** The server's settings: the webhook here, dispatched every second. */
  env: Record<string, string>;
  texts: { to: string; text: string }[];
  /** The code of the latest text to a number after the `after`-th text, once it has come. */
  codeTo(mobile: string, after: number): Promise<string>;
  close(): void;
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
    env: { SMS_WEBHOOK_URL: url, SMS_DISPATCH_INTERVAL_MS: '1000', JOBS_POLL_SECONDS: '0.5' },
    texts,
    async codeTo(mobile, after) {
      await expect.poll(() => texts.slice(after).filter((t) => t.to === mobile).length, { timeout: 30_000 }).toBeGreaterThan(0);
      return /\d{6}/.exec(texts.slice(after).filter((t) => t.to === mobile).at(-1)!.text)![0];
    },
    close: () => void server.close(),
  };
}
