// How a certificate PDF carries its own proof (decision 0039): one ASCII line in the PDF's
// document information (key `OneWindowCertificate`), `OWC1.<payload>.<signature>.<key id>`,
// payload and signature in base64url. A verifier reads it back without trusting the rest of
// the file: the signature decides whether the payload is the platform's.

export const ENVELOPE_INFO_KEY = 'OneWindowCertificate';
const PREFIX = 'OWC1';

export interface Envelope {
  /** The canonical JSON text exactly as signed. */
  payloadText: string;
  /** Ed25519 signature, base64url. */
  signature: string;
  keyId: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export const keyIdPattern = /^[a-z0-9-]{4,40}$/;

export function packEnvelope(e: Envelope): string {
  return [PREFIX, toBase64Url(new TextEncoder().encode(e.payloadText)), e.signature, e.keyId].join('.');
}

export function parseEnvelope(line: string): Envelope | null {
  const parts = line.trim().split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  const payload = fromBase64Url(parts[1]!);
  const signature = fromBase64Url(parts[2]!);
  if (!payload || !signature || !keyIdPattern.test(parts[3]!)) return null;
  let payloadText: string;
  try {
    payloadText = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    return null;
  }
  return { payloadText, signature: parts[2]!, keyId: parts[3]! };
}

export const signatureToBase64Url = toBase64Url;
export const signatureFromBase64Url = fromBase64Url;
