// Shared checks for every file-store backend: the same behaviour on a directory and on S3.
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { FileStore, sha256Hex, type BlobBackend } from '../../src/server/platform/files/index.ts';

export const pdf = (body = 'hello') => Buffer.from(`%PDF-1.7\n${body}\n%%EOF`);
export const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);

async function collect(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const k of it) out.push(k);
  return out.sort();
}

export function fileStoreContract(make: () => Promise<{ backend: BlobBackend; raw: (key: string) => Promise<Buffer | null> }>) {
  const key = randomBytes(32);

  it('stores by SHA-256, reads back the same bytes and type, and keeps one copy of the same content', async () => {
    const { backend } = await make();
    const store = new FileStore(backend, key, { maxBytes: 1024 * 1024 });
    const bytes = pdf('scan 1');
    const a = await store.put(bytes);
    expect(a).toEqual({ sha256: sha256Hex(bytes), size: bytes.length, type: 'pdf', contentType: 'application/pdf', created: true });
    expect((await store.put(Buffer.from(bytes))).created).toBe(false);
    const b = await store.put(jpeg());
    expect(await store.get(a.sha256)).toEqual({ bytes, type: 'pdf', contentType: 'application/pdf' });
    expect(await store.has(b.sha256)).toBe(true);
    expect(await collect(store.list())).toEqual([a.sha256, b.sha256].sort());
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
  });

  it('encrypts at rest: the backend never holds the plaintext, and another key cannot read it', async () => {
    const { backend, raw } = await make();
    const store = new FileStore(backend, key, { maxBytes: 1024 * 1024 });
    const secret = pdf('身份证号 610000199001011234');
    const { sha256 } = await store.put(secret);
    const blob = (await raw(sha256)) as Buffer;
    expect(blob.length).toBe(secret.length + 29);
    expect(blob.includes(Buffer.from('610000199001011234'))).toBe(false);
    expect(blob.includes(Buffer.from('%PDF'))).toBe(false);
    await expect(new FileStore(backend, randomBytes(32), { maxBytes: 1024 }).get(sha256)).rejects.toThrow(/校验失败/);
  });

  it('refuses empty, too large and unrecognised content with stable codes', async () => {
    const { backend } = await make();
    const store = new FileStore(backend, key, { maxBytes: 100, allowed: ['pdf', 'jpeg', 'png'] });
    await expect(store.put(Buffer.alloc(0))).rejects.toMatchObject({ code: 'FILE_EMPTY', status: 400 });
    await expect(store.put(pdf('x'.repeat(200)))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', status: 413 });
    await expect(store.put(Buffer.from('MZ\x90\x00 this is an exe'))).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', status: 415 });
    await expect(store.put(Buffer.from([0x49, 0x49, 0x2a, 0x00, 1, 2]))).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' }); // TIFF not allowed here
    await expect(store.put(pdf(), { allowed: ['jpeg'] })).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    await expect(store.put(pdf('y'.repeat(50)), { maxBytes: 20 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await collect(store.list())).toEqual([]);
  });

  it('keeps concurrent writes of the same content whole', async () => {
    const { backend } = await make();
    const store = new FileStore(backend, key, { maxBytes: 1024 * 1024 });
    const bytes = pdf('x'.repeat(100_000));
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    expect((await store.get(results[0]!.sha256))?.bytes.equals(bytes)).toBe(true);
  });
}
