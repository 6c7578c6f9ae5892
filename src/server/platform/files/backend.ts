// Where encrypted blobs live. Keys are SHA-256 hex strings; a backend never sees plaintext.
export interface BlobBackend {
  readonly kind: 'local' | 's3';
  /** Store `blob` under `key` unless a blob is already there (content addressing: same key, same content). */
  putIfAbsent(key: string, blob: Buffer): Promise<'stored' | 'existed'>;
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Every key, for backup and for checks; order unspecified. */
  list(): AsyncIterable<string>;
}

/**
 * Copy every blob `to` lacks from `from`, still encrypted (backup to a second store, restore
 * from it, or a move from the local directory to S3). Content addressing makes it resumable
 * and idempotent: a blob already there is the same blob.
 */
export async function copyBlobs(from: BlobBackend, to: BlobBackend, onProgress?: (copied: number, seen: number) => void): Promise<{ copied: number; seen: number }> {
  let copied = 0;
  let seen = 0;
  for await (const key of from.list()) {
    seen++;
    if (!(await to.has(key))) {
      const blob = await from.get(key);
      if (blob && (await to.putIfAbsent(key, blob)) === 'stored') copied++;
    }
    onProgress?.(copied, seen);
  }
  return { copied, seen };
}
