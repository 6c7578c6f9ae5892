// The platform's one file store (scans, uploads, seal images): files are addressed by the
// SHA-256 of their content, sniffed and size-limited before they are kept, encrypted at rest
// (crypto.ts), and verified against their address when read back. Callers keep only the
// SHA-256 in their tables; serving a file is the caller's route, behind its permission check.
import { createHash } from 'node:crypto';
import { DomainError } from '../../../domain/errors/index.ts';
import type { BlobBackend } from './backend.ts';
import { FileCryptoError, checkKey, open, seal } from './crypto.ts';
import { sniffType, sniffedTypes, type SniffedType } from './sniff.ts';

export interface FileStoreOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Types accepted when a caller does not narrow them. */
  allowed?: readonly SniffedType[];
}

export interface StoredFile {
  sha256: string;
  size: number;
  type: SniffedType;
  contentType: string;
  /** false when the same content was already stored (nothing written). */
  created: boolean;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class FileStore {
  readonly #key: Buffer;
  constructor(
    readonly backend: BlobBackend,
    key: Buffer,
    readonly options: FileStoreOptions,
  ) {
    checkKey(key);
    this.#key = key;
  }

  /** Keep `bytes`; refused (DomainError 400/413/415) when empty, too large or not an allowed type. */
  async put(bytes: Buffer, opts: { allowed?: readonly SniffedType[]; maxBytes?: number } = {}): Promise<StoredFile> {
    const max = Math.min(opts.maxBytes ?? Infinity, this.options.maxBytes);
    if (bytes.length === 0) throw new DomainError('FILE_EMPTY');
    if (bytes.length > max) throw new DomainError('FILE_TOO_LARGE', { size: bytes.length, maxBytes: max });
    const type = sniffType(bytes);
    const allowed = opts.allowed ?? this.options.allowed ?? (Object.keys(sniffedTypes) as SniffedType[]);
    if (!type || !allowed.includes(type)) throw new DomainError('FILE_TYPE_NOT_ALLOWED', { sniffed: type, allowed });
    const sha256 = sha256Hex(bytes);
    const created = (await this.backend.putIfAbsent(sha256, seal(this.#key, sha256, bytes))) === 'stored';
    return { sha256, size: bytes.length, type, contentType: sniffedTypes[type], created };
  }

  /** The file's bytes and type, or null when nothing is stored under `sha256`. Throws when the blob fails its checks. */
  async get(sha256: string): Promise<{ bytes: Buffer; type: SniffedType | null; contentType: string } | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const blob = await this.backend.get(sha256);
    if (!blob) return null;
    const bytes = open(this.#key, sha256, blob);
    if (sha256Hex(bytes) !== sha256) throw new FileCryptoError(`文件 ${sha256} 内容与其摘要不符`);
    const type = sniffType(bytes);
    return { bytes, type, contentType: type ? sniffedTypes[type] : 'application/octet-stream' };
  }

  has(sha256: string): Promise<boolean> {
    return /^[0-9a-f]{64}$/.test(sha256) ? this.backend.has(sha256) : Promise.resolve(false);
  }

  /** Every stored file's SHA-256 (for backup and consistency checks). */
  list(): AsyncIterable<string> {
    return this.backend.list();
  }
}
