// S3-compatible object storage (MinIO, a cloud's OSS) for production: the same encrypted
// blobs as the local backend, one object per SHA-256 under a prefix. Loaded only when
// FILES_BACKEND=s3, so the embedded setup never imports the SDK.
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { BlobBackend } from './backend.ts';

const KEY = /^[0-9a-f]{64}$/;

export interface S3BackendOptions {
  bucket: string;
  prefix: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const notFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404;
};

export class S3Backend implements BlobBackend {
  readonly kind = 's3';
  readonly client: S3Client;
  constructor(readonly options: S3BackendOptions) {
    const config: S3ClientConfig = { region: options.region, forcePathStyle: options.forcePathStyle };
    if (options.endpoint) config.endpoint = options.endpoint;
    if (options.credentials) config.credentials = options.credentials;
    this.client = new S3Client(config);
  }

  #key(key: string): string {
    if (!KEY.test(key)) throw new Error(`Bad file key: ${key}`);
    return `${this.options.prefix}${key}`;
  }

  async putIfAbsent(key: string, blob: Buffer): Promise<'stored' | 'existed'> {
    if (await this.has(key)) return 'existed';
    // Two writers of the same key write the same content (same plaintext, each sealed whole):
    // whichever lands last is as good as the first, so no conditional write is needed.
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.#key(key), Body: blob, ContentType: 'application/octet-stream' }));
    return 'stored';
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.#key(key) }));
      return r.Body ? Buffer.from(await r.Body.transformToByteArray()) : null;
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.#key(key) }));
      return true;
    } catch (e) {
      if (notFound(e)) return false;
      throw e;
    }
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const r = await this.client.send(new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: this.options.prefix, ContinuationToken: token }));
      for (const o of r.Contents ?? []) {
        const k = (o.Key ?? '').slice(this.options.prefix.length);
        if (KEY.test(k)) yield k;
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.client.destroy();
  }
}
