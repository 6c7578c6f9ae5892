// 居民身份证号码, GB 11643-1999 (check char per ISO 7064 MOD 11-2).
import type { IdentifierResult } from './result.ts';

export type IdCardReason = 'format' | 'birthDate' | 'checksum';
export type IdCardResult = IdentifierResult<IdCardReason>;

export type IdCardInfo = {
  regionCode: string;
  birthDate: string;
  sex: 'male' | 'female';
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const FORMAT = /^\d{17}[\dX]$/;
// Nobody holding a second-generation card was born before this; rejecting older years also keeps
// random 18-digit numbers (order ids, snowflakes) from passing as IDs in maskPersonalText.
const MIN_BIRTH_YEAR = 1800;
// China has used a fixed UTC+8 offset without DST since 1991, so no tz database is needed to know
// which calendar day it is at the service counter, whatever the server's own time zone is.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('idCardCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function chinaDateStamp(today: Date): string {
  const d = new Date(today.getTime() + CHINA_OFFSET_MS);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return pad(d.getUTCFullYear(), 4) + pad(d.getUTCMonth() + 1, 2) + pad(d.getUTCDate(), 2);
}

function isValidBirthDate(yyyymmdd: string, today: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < MIN_BIRTH_YEAR || month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  // Same-width digit strings compare chronologically.
  return yyyymmdd <= chinaDateStamp(today);
}

/** `today` only matters for the not-in-the-future rule; pass it to keep results deterministic. */
export function validateIdCard(value: string, today: Date = new Date()): IdCardResult {
  const normalized = value.replace(/x$/, 'X');
  if (!FORMAT.test(normalized)) return { ok: false, reason: 'format' };
  if (!isValidBirthDate(normalized.slice(6, 14), today)) return { ok: false, reason: 'birthDate' };
  if (idCardCheckChar(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, normalized };
}

export function parseIdCard(value: string, today: Date = new Date()): IdCardInfo | undefined {
  const result = validateIdCard(value, today);
  if (!result.ok) return undefined;
  const id = result.normalized;
  return {
    regionCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}
