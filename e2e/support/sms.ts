import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

// The operator's SMS gateway as a test sees it: the server's SMS webhook (SMS_WEBHOOK_URL)
// points here, and every text it sends is kept, so a journey reads a sign-in code as a phone would.
export interface SmsGateway {
  url: string;
  texts: { to: string; text: string }[];
  /** The six digits of the latest text to a number after the first `after` texts, once it arrives. */
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
  const to = (mobile: string, after: number) => texts.slice(after).filter((t) => t.to === mobile);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    texts,
    async codeTo(mobile, after) {
      await expect.poll(() => to(mobile, after).length, { timeout: 30_000 }).toBeGreaterThan(0);
      return /\d{6}/.exec(to(mobile, after).at(-1)!.text)![0];
    },
    close: () => server.close(),
  };
}
