// Encryption at rest for stored files (FACTS §I: confidentiality of case files at rest).
// AES-256-GCM, a fresh 96-bit IV per blob, the file's SHA-256 as associated data so a blob
// copied under another address fails to open. Layout: version (1) | iv (12) | tag (16) | data.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const HEADER = 1 + 12 + 16;

export class FileCryptoError extends Error {
  override readonly name = 'FileCryptoError';
}

export function checkKey(key: Buffer): void {
  if (key.length !== 32) throw new FileCryptoError(`文件加密密钥须为 32 字节（AES-256），实际 ${key.length} 字节`);
}

export function seal(key: Buffer, sha256: string, plain: Buffer): Buffer {
  checkKey(key);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(sha256, 'ascii'));
  const data = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), data]);
}

export function open(key: Buffer, sha256: string, blob: Buffer): Buffer {
  checkKey(key);
  if (blob.length < HEADER || blob[0] !== VERSION) throw new FileCryptoError(`文件 ${sha256} 的存储格式无法识别`);
  const d = createDecipheriv('aes-256-gcm', key, blob.subarray(1, 13));
  d.setAAD(Buffer.from(sha256, 'ascii'));
  d.setAuthTag(blob.subarray(13, HEADER));
  try {
    return Buffer.concat([d.update(blob.subarray(HEADER)), d.final()]);
  } catch {
    throw new FileCryptoError(`文件 ${sha256} 校验失败：密钥不符或内容被篡改`);
  }
}
