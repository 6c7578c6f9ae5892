import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../identifiers/index.ts';
import {
  defaultImplementationCodeFormat,
  formatImplementationCode,
  implementationCodeMessage,
  validateBasicCode,
  validateImplementationCode,
  type ImplementationCodeFormat,
} from './codes.ts';

const first17 = '11610429MB0000001';
const USCC = first17 + usccCheckChar(first17);
const BASIC = '000105001000';

describe('基本编码', () => {
  it('accepts 12-character national codes and shorter or longer local ones', () => {
    expect(validateBasicCode(BASIC)).toEqual({ ok: true, kind: 'national' });
    expect(validateBasicCode('XY-MZ-0001')).toEqual({ ok: true, kind: 'local' });
    expect(validateBasicCode('a'.repeat(50))).toEqual({ ok: true, kind: 'local' });
  });
  it('refuses empty, over-long and punctuated codes with a reason', () => {
    expect(validateBasicCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(validateBasicCode('a'.repeat(51))).toEqual({ ok: false, reason: 'tooLong' });
    expect(validateBasicCode('0001 05/001')).toEqual({ ok: false, reason: 'characters' });
  });
});

describe('实施编码', () => {
  it('is USCC + level digit + 基本编码 by default: 31 characters', () => {
    const code = formatImplementationCode({ uscc: USCC, level: '4', basicCode: BASIC });
    expect(code).toHaveLength(31);
    expect(code).toBe(`${USCC}4${BASIC}`);
    expect(validateImplementationCode(code, { uscc: USCC, level: '4', basicCode: BASIC })).toMatchObject({ ok: true, kind: 'national', parts: { uscc: USCC, level: '4', basicCode: BASIC } });
  });

  it('names the segment that is wrong', () => {
    const badCheck = `${first17}${usccCheckChar(first17) === '0' ? '1' : '0'}4${BASIC}`;
    expect(validateImplementationCode(badCheck)).toEqual({ ok: false, reason: 'uscc', usccReason: 'checksum' });
    expect(validateImplementationCode(`${USCC}8${BASIC}`)).toEqual({ ok: false, reason: 'level', level: '8' });
    expect(validateImplementationCode(`${USCC}4000/05`)).toEqual({ ok: false, reason: 'basicCode', basicCodeReason: 'characters' });
    expect(validateImplementationCode(USCC)).toEqual({ ok: false, reason: 'tooShort' });
  });

  it('catches a code copied from another body, level or item', () => {
    const code = `${USCC}4${BASIC}`;
    const other17 = '11610429MB0000002';
    const other = other17 + usccCheckChar(other17);
    expect(validateImplementationCode(code, { uscc: other })).toMatchObject({ ok: false, reason: 'usccMismatch' });
    expect(validateImplementationCode(code, { level: '5' })).toMatchObject({ ok: false, reason: 'levelMismatch' });
    expect(validateImplementationCode(code, { basicCode: '000105002000' })).toMatchObject({ ok: false, reason: 'basicCodeMismatch' });
  });

  it('explains every reason in Chinese', () => {
    const r = validateImplementationCode(`${USCC}9${BASIC}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(implementationCodeMessage(r)).toContain('行使层级');
  });

  it('takes another layout as a parameter', () => {
    // A province that puts the level first: 4 + USCC + 基本编码.
    const levelFirst: ImplementationCodeFormat = {
      build: (p) => `${p.level}${p.uscc}${p.basicCode}`,
      split: (c) => (c.length < 20 ? undefined : { level: c.slice(0, 1), uscc: c.slice(1, 19), basicCode: c.slice(19) }),
    };
    const code = formatImplementationCode({ uscc: USCC, level: '4', basicCode: BASIC }, levelFirst);
    expect(code.startsWith('4')).toBe(true);
    expect(validateImplementationCode(code, {}, levelFirst).ok).toBe(true);
    expect(validateImplementationCode(code, {}, defaultImplementationCodeFormat).ok).toBe(false);
  });
});
