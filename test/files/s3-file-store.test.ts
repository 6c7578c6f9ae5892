// The S3 backend against a local S3-compatible server (s3rver) the test starts on a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../src/server/platform/files/index.ts';
import { S3Backend } from '../../src/server/platform/files/s3.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { fileStoreContract, pdf } from './file-store.ts';

let server: S3rver;
let endpoint = '';
let dir = '';
const backends: S3Backend[] = [];
let prefixNo = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ow-s3rver-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'onewindow', configs: [] }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  backends.forEach((b) => b.destroy());
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const options = (prefix: string) => ({
  bucket: 'onewindow',
  prefix,
  region: 'us-east-1',
  endpoint,
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
});

describe('S3 file store', () => {
  fileStoreContract(async () => {
    // A prefix per test: one bucket, separate namespaces, as several centers could share one.
    const backend = new S3Backend(options(`t${++prefixNo}/`));
    backends.push(backend);
    return { backend, raw: (k) => backend.get(k) };
  });

  it('from settings: FILES_BACKEND=s3 writes objects under S3_PREFIX', async () => {
    const store = await createFileStore(
      loadConfig({
        FILES_BACKEND: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: 'onewindow',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_PREFIX: 'center-a/',
      }),
    );
    const { sha256 } = await store.put(pdf('via settings'));
    const backend = store.backend as S3Backend;
    backends.push(backend);
    const object = await backend.client.send(new GetObjectCommand({ Bucket: 'onewindow', Key: `center-a/${sha256}` }));
    expect((await object.Body?.transformToByteArray())?.length).toBeGreaterThan(29);
    expect((await store.get(sha256))?.type).toBe('pdf');
  });
});
