import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStore, LocalBackend, copyBlobs, createFileStore, fileKey, sniffType } from '../../src/server/platform/files/index.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { fileStoreContract, pdf } from './file-store.ts';

const dirs: string[] = [];
async function freshDir() {
  const d = await mkdtemp(join(tmpdir(), 'ow-files-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('local file store', () => {
  fileStoreContract(async () => {
    const dir = await freshDir();
    const backend = new LocalBackend(dir);
    return { backend, raw: async (k) => readFile(join(dir, k.slice(0, 2), k.slice(2, 4), k)).catch(() => null) };
  });

  it('a tampered blob is refused on read', async () => {
    const dir = await freshDir();
    const store = new FileStore(new LocalBackend(dir), Buffer.alloc(32, 7), { maxBytes: 1024 });
    const { sha256 } = await store.put(pdf());
    const path = join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    const blob = await readFile(path);
    blob.writeUInt8((blob.at(-1) ?? 0) ^ 1, blob.length - 1);
    await writeFile(path, blob);
    await expect(store.get(sha256)).rejects.toThrow(/校验失败/);
    expect(await readdir(join(dir, sha256.slice(0, 2), sha256.slice(2, 4)))).toEqual([sha256]); // no temp files left
  });

  it('from settings: DATA_DIR/files by default, FILES_KEY required in production', async () => {
    const dir = await freshDir();
    const store = await createFileStore(loadConfig({ DATA_DIR: dir }));
    const { sha256 } = await store.put(pdf('settings'));
    expect((await readdir(join(dir, 'files', sha256.slice(0, 2), sha256.slice(2, 4))))[0]).toBe(sha256);
    expect(() => fileKey(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }))).toThrow(/FILES_KEY/);
    const key = Buffer.alloc(32, 3).toString('base64');
    expect(fileKey(loadConfig({ FILES_KEY: key }))).toEqual(Buffer.alloc(32, 3));
    expect(() => loadConfig({ FILES_KEY: 'c2hvcnQ=' })).toThrow(/FILES_KEY/);
  });

  it('sniffs the scan formats a hall stores', () => {
    expect(sniffType(Buffer.from('%PDF-1.4'))).toBe('pdf');
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffType(Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))).toBe('tiff');
    const ofd = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('OFD.xml')]);
    expect(sniffType(ofd)).toBe('ofd');
    // Any other ZIP is a zip (issue #18: archive packages); no upload route lists it among its types.
    expect(sniffType(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('word/doc')]))).toBe('zip');
    expect(sniffType(Buffer.from('<html>'))).toBeNull();
  });
});

describe('copyBlobs', () => {
  it('copies encrypted blobs to a second store, only the missing ones, readable with the same key', async () => {
    const key = Buffer.alloc(32, 9);
    const a = new FileStore(new LocalBackend(await freshDir()), key, { maxBytes: 1024 });
    const b = new FileStore(new LocalBackend(await freshDir()), key, { maxBytes: 1024 });
    const one = await a.put(pdf('one'));
    await a.put(pdf('two'));
    await b.put(pdf('one'));
    expect(await copyBlobs(a.backend, b.backend)).toEqual({ copied: 1, seen: 2 });
    expect(await copyBlobs(a.backend, b.backend)).toEqual({ copied: 0, seen: 2 });
    expect((await b.get(one.sha256))?.bytes.toString()).toContain('one');
  });
});
