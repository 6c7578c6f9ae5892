// Public API of the file store: build the one FileStore of the server from its settings.
import { hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { LocalBackend } from './local.ts';
import { FileStore } from './store.ts';
import type { BlobBackend } from './backend.ts';

export { copyBlobs, type BlobBackend } from './backend.ts';
export { FileCryptoError } from './crypto.ts';
// The same AES-256-GCM sealing for other secrets at rest (certificate signing keys, decision 0039).
export { open as openSealed, seal as sealWith } from './crypto.ts';
export { LocalBackend } from './local.ts';
export { sniffType, sniffedTypes, type SniffedType } from './sniff.ts';
export { FileStore, sha256Hex, type FileStoreOptions, type StoredFile } from './store.ts';

type FileConfig = Pick<
  Config,
  | 'NODE_ENV'
  | 'DATA_DIR'
  | 'authSecret'
  | 'FILES_BACKEND'
  | 'FILES_DIR'
  | 'FILES_KEY'
  | 'FILE_MAX_BYTES'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_PREFIX'
>;

/**
 * The key for files at rest. Production must set FILES_KEY: deriving it from AUTH_SECRET
 * would make every stored scan unreadable the day that secret is rotated. Development and the
 * demo derive one from the auth secret so they run without setup.
 */
export function fileKey(c: Pick<FileConfig, 'NODE_ENV' | 'FILES_KEY' | 'authSecret'>): Buffer {
  if (c.FILES_KEY) return Buffer.from(c.FILES_KEY, 'base64');
  if (c.NODE_ENV === 'production') throw new Error('配置有误: 生产环境必须设置 FILES_KEY（32 字节的 base64）(FILES_KEY is required in production)');
  return Buffer.from(hkdfSync('sha256', c.authSecret, 'onewindow-files', 'file-store-key', 32));
}

export async function createFileStore(c: FileConfig): Promise<FileStore> {
  let backend: BlobBackend;
  if (c.FILES_BACKEND === 's3') {
    const { S3Backend } = await import('./s3.ts');
    if (!c.S3_BUCKET) throw new Error('配置有误: FILES_BACKEND=s3 需要设置 S3_BUCKET');
    backend = new S3Backend({
      bucket: c.S3_BUCKET,
      prefix: c.S3_PREFIX,
      region: c.S3_REGION,
      forcePathStyle: c.S3_FORCE_PATH_STYLE === 'true',
      ...(c.S3_ENDPOINT ? { endpoint: c.S3_ENDPOINT } : {}),
      ...(c.S3_ACCESS_KEY_ID && c.S3_SECRET_ACCESS_KEY ? { credentials: { accessKeyId: c.S3_ACCESS_KEY_ID, secretAccessKey: c.S3_SECRET_ACCESS_KEY } } : {}),
    });
  } else {
    backend = new LocalBackend(c.FILES_DIR ?? join(c.DATA_DIR, 'files'));
  }
  return new FileStore(backend, fileKey(c), { maxBytes: c.FILE_MAX_BYTES });
}
