// 统一社会信用代码, GB 32100-2015.
import type { IdentifierResult } from './result.ts';

export type UsccReason = 'format' | 'checksum';
export type UsccResult = IdentifierResult<UsccReason>;

// I, O, S, V, Z are left out of the standard's alphabet to avoid confusion with 1, 0, 5, U, 2.
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^i mod 31: every weight is a unit mod the prime 31, so any single substitution is detected.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function usccCheckChar(first17: string): string {
  const body = first17.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(body)) {
    throw new RangeError('usccCheckChar expects 17 characters of the USCC alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  // 31 − (sum mod 31), where a result of 31 is written as 0.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function validateUscc(value: string): UsccResult {
  const normalized = value.toUpperCase();
  if (!FORMAT.test(normalized)) return { ok: false, reason: 'format' };
  if (usccCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, normalized };
}
