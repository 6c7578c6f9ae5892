// Ed25519 signing of certificate payloads (node:crypto) and the sealing of private keys at
// rest: AES-256-GCM under CERTIFICATE_KEK, the key id as associated data so a sealed key copied
// under another id does not open (the same sealing as the file store's, platform/files).
import { createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, sign, verify } from 'node:crypto';
import { payloadBytes, signatureFromBase64Url, signatureToBase64Url, type CertificatePayload } from '../../../domain/certificate/index.ts';
import type { Config } from '../../platform/config.ts';
import { openSealed, sealWith } from '../../platform/files/index.ts';

/**
 * The key-encryption key. Production must set CERTIFICATE_KEK: one derived from AUTH_SECRET
 * would lock the signing keys away the day that secret is rotated. Development and the demo
 * derive one so they run without setup.
 */
export function certificateKek(c: Pick<Config, 'NODE_ENV' | 'CERTIFICATE_KEK' | 'authSecret'>): Buffer {
  if (c.CERTIFICATE_KEK) return Buffer.from(c.CERTIFICATE_KEK, 'base64');
  if (c.NODE_ENV === 'production') throw new Error('配置有误: 生产环境必须设置 CERTIFICATE_KEK（32 字节的 base64）(CERTIFICATE_KEK is required in production)');
  return Buffer.from(hkdfSync('sha256', c.authSecret, 'onewindow-certificates', 'certificate-key-encryption-key', 32));
}

export interface NewKeyPair {
  publicKey: string;
  privateKeySealed: string;
}

/** A fresh Ed25519 key pair: the public key in the clear, the private key sealed for `keyId`. */
export function generateSigningKey(kek: Buffer, keyId: string): NewKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKeySealed: sealWith(kek, keyId, der).toString('base64'),
  };
}

/** Signs the payload's canonical bytes with the sealed key; the signature in base64url. */
export function signPayload(kek: Buffer, key: { id: string; privateKeySealed: string }, payload: CertificatePayload): string {
  const der = openSealed(kek, key.id, Buffer.from(key.privateKeySealed, 'base64'));
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return signatureToBase64Url(sign(null, payloadBytes(payload), privateKey));
}

/** True when `signature` is the key's signature of exactly this payload text (bytes as given). */
export function verifyText(publicKeyB64: string, text: string, signature: string): boolean {
  const sig = signatureFromBase64Url(signature);
  if (!sig || sig.length !== 64) return false;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(text, 'utf8'), publicKey, sig);
  } catch {
    return false;
  }
}

export function verifyPayload(publicKeyB64: string, payload: CertificatePayload, signature: string): boolean {
  return verifyText(publicKeyB64, new TextDecoder().decode(payloadBytes(payload)), signature);
}
