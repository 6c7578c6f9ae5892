import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform } from '../harness.ts';

// Issue #15, section 5: headers over Node's 16 KB limit are refused by its parser before
// Fastify sees the request; the answer must still be the platform's {code, message}, in
// Chinese by default. Checked over a real socket, since inject() never meets the parser.

type Started = Awaited<ReturnType<typeof startTestPlatform>>;

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parse(answer: string) {
  const [head, body] = answer.split('\r\n\r\n') as [string, string];
  const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
  return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) as unknown, lengthOk: length === Buffer.byteLength(body) };
}

describe('requests Node refuses before routing', () => {
  let p: Started;
  let port: number;
  beforeAll(async () => {
    p = await startTestPlatform();
    await p.app.listen({ port: 0, host: '127.0.0.1' });
    port = (p.app.server.address() as net.AddressInfo).port;
  });
  afterAll(async () => p?.close());

  const big = `Cookie: junk=${'x'.repeat(20 * 1024)}\r\n`;

  it('answers headers over 16 KB with 431 {code, message} in Chinese', async () => {
    const res = parse(await rawRequest(port, `GET /api/v1/hall/centers HTTP/1.1\r\nHost: x\r\n${big}\r\n`));
    expect(res.status).toBe(431);
    expect(res.body).toEqual({ code: 'HEADERS_TOO_LARGE', message: '请求头过大（例如 Cookie 过多），请清除本站 Cookie 后重试' });
    expect(res.head).toMatch(/content-type: application\/json; charset=utf-8/i);
    expect(res.lengthOk).toBe(true);
  });

  it('in English when the request asked for it before the headers ran over', async () => {
    const res = parse(await rawRequest(port, `GET /api/v1/hall/centers HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n${big}\r\n`));
    expect([res.status, (res.body as { code: string }).code]).toEqual([431, 'HEADERS_TOO_LARGE']);
    expect((res.body as { message: string }).message).toMatch(/too large/);
  });

  it('answers a malformed request 400 in the same shape, and still serves a good one', async () => {
    const res = parse(await rawRequest(port, `GET /api/v1/hall/centers HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n`));
    expect([res.status, res.body]).toEqual([400, { code: 'BAD_HTTP_REQUEST', message: '请求格式不正确' }]);
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/hall/centers`);
    expect(ok.status).toBe(200);
  });
});
