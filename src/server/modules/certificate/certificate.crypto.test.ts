import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type CertificatePayload } from '../../../domain/certificate/index.ts';
import { certificateKek, generateSigningKey, signPayload, verifyPayload, verifyText } from './certificate.crypto.ts';

const kek = certificateKek({ NODE_ENV: 'test', CERTIFICATE_KEK: undefined, authSecret: 'a-test-secret-of-enough-length' });
const payload: CertificatePayload = {
  v: 1,
  certificateId: '0192f0aa-0000-7000-8000-000000000001',
  code: '7K3M9QH2XW5RTB8N',
  holder: '张三',
  holderId: '610429********1234',
  name: '食品经营许可证',
  number: 'JY1610429000001',
  issuingBody: '旬邑县市场监督管理局',
  validUntil: '2031-09-29',
  item: '食品经营许可',
  caseNumber: 'XY-20260930-0001',
  issuedAt: '2026-09-30T02:00:00.000Z',
};
const fields = Object.keys(payload).filter((k) => k !== 'v') as Exclude<keyof CertificatePayload, 'v'>[];

describe('Ed25519 signatures of certificate payloads', () => {
  const k1 = { id: 'k20260101-aaaaaa', ...generateSigningKey(kek, 'k20260101-aaaaaa') };

  it('verifies what it signed, whatever the fields’ order', () => {
    const sig = signPayload(kek, k1, payload);
    expect(verifyPayload(k1.publicKey, payload, sig)).toBe(true);
    const reordered = Object.fromEntries(Object.entries(payload).reverse()) as unknown as CertificatePayload;
    expect(verifyPayload(k1.publicKey, reordered, sig)).toBe(true);
    expect(verifyText(k1.publicKey, canonicalJson(payload), sig)).toBe(true);
  });

  it('fails when any single field is changed (property)', () => {
    const sig = signPayload(kek, k1, payload);
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.oneof(fc.string({ maxLength: 30 }), fc.constant(null)), (field, value) => {
        fc.pre(payload[field] !== value);
        expect(verifyPayload(k1.publicKey, { ...payload, [field]: value } as CertificatePayload, sig)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('fails on a flipped signature bit and on garbage', () => {
    const sig = signPayload(kek, k1, payload);
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(verifyPayload(k1.publicKey, payload, flipped)).toBe(false);
    expect(verifyPayload(k1.publicKey, payload, 'not-a-signature')).toBe(false);
    expect(verifyText('bm90IGEga2V5', canonicalJson(payload), sig)).toBe(false);
  });

  it('after rotation, old signatures still verify with the old key and not with the new one', () => {
    const k2 = { id: 'k20270101-bbbbbb', ...generateSigningKey(kek, 'k20270101-bbbbbb') };
    const old = signPayload(kek, k1, payload);
    const fresh = signPayload(kek, k2, payload);
    expect(verifyPayload(k1.publicKey, payload, old)).toBe(true);
    expect(verifyPayload(k2.publicKey, payload, fresh)).toBe(true);
    expect(verifyPayload(k2.publicKey, payload, old)).toBe(false);
    expect(verifyPayload(k1.publicKey, payload, fresh)).toBe(false);
  });

  it('keeps the private key sealed: it does not open under another key id or another KEK', () => {
    expect(k1.privateKeySealed).not.toContain('PRIVATE');
    expect(() => signPayload(kek, { ...k1, id: 'k20990101-cccccc' }, payload)).toThrow();
    const otherKek = certificateKek({ NODE_ENV: 'test', CERTIFICATE_KEK: Buffer.alloc(32, 7).toString('base64'), authSecret: 'x' });
    expect(() => signPayload(otherKek, k1, payload)).toThrow();
  });

  it('refuses to derive a KEK in production', () => {
    expect(() => certificateKek({ NODE_ENV: 'production', CERTIFICATE_KEK: undefined, authSecret: 'a-test-secret-of-enough-length' })).toThrow(/CERTIFICATE_KEK/);
  });
});
