import { createCipheriv, createDecipheriv, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { Transform } from 'node:stream';
import { BackupError } from './errors.ts';

// Encrypted backups (FACTS §I): AES-256-GCM over the gzip stream. The file starts with a small
// header carrying everything needed to derive the key again from the passphrase:
//   "OWBACKUP" | version | log2(N) | r | p | salt(16) | iv(12) | key check(16)
// then the ciphertext, then the 16-byte GCM tag. The header is the GCM additional data, so
// changing any of it fails authentication. The key check lets restore say "wrong key" at once
// instead of after decrypting gigabytes; it is worth no more to a guesser than the tag already is.
const MAGIC = Buffer.from('OWBACKUP');
const FORMAT = 1;
export const ENCRYPTED_HEADER_LENGTH = MAGIC.length + 4 + 16 + 12 + 16;
const TAG_LENGTH = 16;

export function isEncryptedPrefix(prefix: Buffer): boolean {
  return prefix.length >= MAGIC.length && prefix.subarray(0, MAGIC.length).equals(MAGIC);
}

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Promise<{ key: Buffer; check: Buffer }> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 64, { N, r, p, maxmem: 256 * N * r }, (err, out) =>
      err ? reject(err) : resolve({ key: out.subarray(0, 32), check: out.subarray(32, 48) }),
    ),
  );
}

/** A transform that writes the header, then the ciphertext, then the tag. */
export async function encryptStream(passphrase: string): Promise<Transform> {
  const [logN, r, p] = [15, 8, 1];
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = await deriveKey(passphrase, salt, logN, r, p);
  const header = Buffer.concat([MAGIC, Buffer.from([FORMAT, logN, r, p]), salt, iv, check]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header);
  let headerWritten = false;
  const withHeader = (b: Buffer) => {
    if (headerWritten) return b;
    headerWritten = true;
    return Buffer.concat([header, b]);
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, withHeader(cipher.update(chunk)));
    },
    flush(done) {
      done(null, Buffer.concat([withHeader(cipher.final()), cipher.getAuthTag()]));
    },
  });
}

/**
 * Checks the passphrase against the header and returns a transform turning the rest of the
 * file into plaintext. GCM only authenticates at the end: callers must not keep anything they
 * read until the stream has ended without error (restore writes inside one transaction).
 */
export async function decryptStream(header: Buffer, passphrase: string | undefined): Promise<Transform> {
  if (!passphrase) {
    throw new BackupError('key-missing', '备份文件已加密：请把环境变量 BACKUP_KEY 设为备份时使用的口令。', 'The backup is encrypted: set BACKUP_KEY to the passphrase it was made with.');
  }
  const at = MAGIC.length;
  if (header.length < ENCRYPTED_HEADER_LENGTH || header[at] !== FORMAT) {
    throw new BackupError('unsupported-version', '不支持的加密备份格式版本。', 'Unsupported encrypted backup format version.');
  }
  const [logN, r, p] = [header[at + 1]!, header[at + 2]!, header[at + 3]!];
  const salt = header.subarray(at + 4, at + 20);
  const iv = header.subarray(at + 20, at + 32);
  const stored = header.subarray(at + 32, at + 48);
  const { key, check } = await deriveKey(passphrase, salt, logN, r, p);
  if (!timingSafeEqual(check, stored)) {
    throw new BackupError('key-wrong', 'BACKUP_KEY 与备份时使用的口令不一致，无法解密。', 'BACKUP_KEY does not match the passphrase this backup was made with.');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(header.subarray(0, ENCRYPTED_HEADER_LENGTH));
  // The tag is the last 16 bytes of the file: always hold the latest 16 bytes back.
  let held = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const all = Buffer.concat([held, chunk]);
      held = all.subarray(Math.max(0, all.length - TAG_LENGTH));
      done(null, decipher.update(all.subarray(0, all.length - held.length)));
    },
    flush(done) {
      try {
        if (held.length !== TAG_LENGTH) throw new Error('truncated');
        decipher.setAuthTag(held);
        done(null, decipher.final());
      } catch {
        done(new BackupError('corrupt', '备份文件已损坏或被篡改（认证失败）。', 'The backup file is damaged or has been tampered with (authentication failed).'));
      }
    },
  });
}
