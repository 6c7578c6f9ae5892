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
