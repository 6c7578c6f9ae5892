import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canIssue, canonicalJson, copyVerdict, inForce, normaliseCode, packEnvelope, parseEnvelope, parsePayload, signingKeyId, verificationCodePattern, type CertificatePayload } from './index.ts';

const sample: CertificatePayload = {
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

const shuffled = <T extends object>(o: T, order: number[]): T => {
  const keys = Object.keys(o);
  const perm = keys.map((k, i) => [order[i % order.length]! + i / 100, k] as const).sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(perm.map(([, k]) => [k, (o as Record<string, unknown>)[k]])) as T;
};

describe('the canonical payload', () => {
  it('is the same text whatever order the fields come in, nested objects included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }), (order) => {
        expect(canonicalJson(shuffled(sample, order))).toBe(canonicalJson(sample));
        expect(canonicalJson({ b: shuffled({ y: 1, x: [2, { d: 1, c: 2 }] }, order), a: 0 })).toBe('{"a":0,"b":{"x":[2,{"c":2,"d":1}],"y":1}}');
      }),
    );
  });

  it('changes when any single field changes', () => {
    const fields = Object.keys(sample).filter((k) => k !== 'v') as (keyof CertificatePayload)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 20 }), (field, value) => {
        fc.pre(sample[field] !== value);
        expect(canonicalJson({ ...sample, [field]: value })).not.toBe(canonicalJson(sample));
      }),
    );
  });

  it('reads back only complete, known payloads', () => {
    expect(parsePayload(canonicalJson(sample))).toEqual(sample);
    expect(parsePayload(canonicalJson({ ...sample, extra: 'x' }))).toBeNull();
    expect(parsePayload(canonicalJson({ ...sample, v: 2 }))).toBeNull();
    const { holder: _h, ...noHolder } = sample;
    expect(parsePayload(canonicalJson(noHolder))).toBeNull();
    expect(parsePayload('not json')).toBeNull();
  });

  it('refuses values with no JSON form instead of signing something else', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('the envelope inside the PDF', () => {
  it('round-trips Chinese payload text through an ASCII line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const e = { payloadText: text, signature: 'AbC-_09', keyId: 'k20261206-abc123' };
        const line = packEnvelope(e);
        expect(line).toMatch(/^[\x21-\x7e]+$/);
        expect(parseEnvelope(line)).toEqual(e);
      }),
    );
  });

  it('rejects a line of another format or a bad key id', () => {
    expect(parseEnvelope('OWC2.a.b.k20261206-abc123')).toBeNull();
    expect(parseEnvelope('OWC1.a.b')).toBeNull();
    expect(parseEnvelope('OWC1.a.b.K/..')).toBeNull();
    expect(parseEnvelope('OWC1.a+b.c.k20261206-abc123')).toBeNull();
  });
});

describe('verdicts and rules', () => {
  const genuine = { envelope: true, keyKnown: true, signatureOk: true, onRecord: true, sameAsRecord: true, sameFile: true, revoked: false };

  it('calls a copy valid only when every check passes, and names the first that fails', () => {
    expect(copyVerdict(genuine)).toEqual({ verdict: 'valid', reason: null });
    expect(copyVerdict({ ...genuine, revoked: true })).toEqual({ verdict: 'revoked', reason: null });
    expect(copyVerdict({ ...genuine, sameFile: false, revoked: true })).toEqual({ verdict: 'altered', reason: 'FILE_CHANGED' });
    expect(copyVerdict({ ...genuine, signatureOk: false, sameFile: false })).toEqual({ verdict: 'altered', reason: 'SIGNATURE_MISMATCH' });
    expect(copyVerdict({ ...genuine, envelope: false })).toEqual({ verdict: 'unknown', reason: 'NO_ENVELOPE' });
    fc.assert(
      fc.property(fc.record({ envelope: fc.boolean(), keyKnown: fc.boolean(), signatureOk: fc.boolean(), onRecord: fc.boolean(), sameAsRecord: fc.boolean(), sameFile: fc.boolean(), revoked: fc.boolean() }), (c) => {
        const allOk = c.envelope && c.keyKnown && c.signatureOk && c.onRecord && c.sameAsRecord && c.sameFile;
        expect(copyVerdict(c).verdict === 'valid').toBe(allOk && !c.revoked);
      }),
    );
  });

  it('issues only for an approved case still in force with its certificate recorded', () => {
    expect(canIssue({ state: 'decided_approved', decision: 'approved', hasCertificateRecord: true })).toBe(true);
    expect(canIssue({ state: 'concluded', decision: 'approved', hasCertificateRecord: true })).toBe(true);
    expect(canIssue({ state: 'revoked', decision: 'approved', hasCertificateRecord: true })).toBe(false);
    expect(canIssue({ state: 'concluded', decision: 'refused', hasCertificateRecord: false })).toBe(false);
    expect(canIssue({ state: 'decided_approved', decision: 'approved', hasCertificateRecord: false })).toBe(false);
  });

  it('reads a code typed loosely, and names keys by date', () => {
    expect(normaliseCode('7k3m-9qh2 xw5r-tb8n')).toBe('7K3M9QH2XW5RTB8N');
    expect(verificationCodePattern.test(normaliseCode('7k3m-9qh2 xw5r-tb8n'))).toBe(true);
    expect(signingKeyId(new Date('2026-12-06T09:00:00Z'), 'ABC123')).toBe('k20261206-abc123');
  });

  it('holds a certificate in force through its last valid day, never once revoked; 长期有效 has no end', () => {
    expect(inForce({ revokedAt: null, validUntil: '2026-12-06' }, '2026-12-06')).toBe(true);
    expect(inForce({ revokedAt: null, validUntil: '2026-12-06' }, '2026-12-07')).toBe(false);
    expect(inForce({ revokedAt: null, validUntil: null }, '2099-01-01')).toBe(true);
    expect(inForce({ revokedAt: new Date('2026-12-01T00:00:00Z'), validUntil: '2031-09-29' }, '2026-12-06')).toBe(false);
  });
});
