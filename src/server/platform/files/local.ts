// The default backend: a directory beside ./data, two levels of fan-out (ab/cd/abcd…) so no
// directory holds millions of entries. Writes go to a temporary file and are renamed into
// place, so a reader never sees half a blob and a crash leaves no partial file under a key.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobBackend } from './backend.ts';

const KEY = /^[0-9a-f]{64}$/;

export class LocalBackend implements BlobBackend {
  readonly kind = 'local';
  constructor(readonly dir: string) {}

  #path(key: string): string {
    if (!KEY.test(key)) throw new Error(`Bad file key: ${key}`);
    return join(this.dir, key.slice(0, 2), key.slice(2, 4), key);
  }

  async putIfAbsent(key: string, blob: Buffer): Promise<'stored' | 'existed'> {
    const path = this.#path(key);
    if (await this.has(key)) return 'existed';
    const folder = join(this.dir, key.slice(0, 2), key.slice(2, 4));
    await mkdir(folder, { recursive: true });
    const tmp = join(folder, `.${key}.${randomUUID()}.tmp`);
    try {
      await writeFile(tmp, blob, { flag: 'wx' });
      await rename(tmp, path);
    } finally {
      await rm(tmp, { force: true });
    }
    return 'stored';
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.#path(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.#path(key))).isFile();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async *list(): AsyncIterable<string> {
    const names = async (p: string) => {
      try {
        return await readdir(p);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    };
    for (const a of await names(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await names(join(this.dir, a))) {
        for (const f of await names(join(this.dir, a, b))) if (KEY.test(f)) yield f;
      }
    }
  }
}
