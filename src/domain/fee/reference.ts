// The payment reference (缴款码) printed on a payment notice: what the applicant quotes at the
// bank or the province's non-tax payment platform. Its shape is a setting
// (FEE_REFERENCE_PATTERN, the same pattern language as case numbers: {region} the center's
// six-digit region code, {center} the center's code, {yyyyMMdd}, {serial:N}) followed by one
// check digit, so a mistyped reference is refused before any look-up. The default
// `{region}{yyyyMMdd}{serial:5}` gives 20 digits, the length of the national 缴款码.
import type { IsoDate } from '../calendar/index.ts';
import { compilePattern, formatNumber, serialScope } from '../case/numbering.ts';

export const DEFAULT_FEE_REFERENCE_PATTERN = '{region}{yyyyMMdd}{serial:5}';
export const FEE_REFERENCE_MAX = 40;

/**
 * Digits of a reference body for the check: digits stay, letters count as 10–35 (as ISIN
 * does), anything else (a dash) is ignored.
 */
function digitsOf(body: string): number[] {
  const out: number[] = [];
  for (const ch of body.toUpperCase()) {
    if (ch >= '0' && ch <= '9') out.push(ch.charCodeAt(0) - 48);
    else if (ch >= 'A' && ch <= 'Z') for (const d of String(ch.charCodeAt(0) - 55)) out.push(Number(d));
  }
  return out;
}

/** The Luhn (mod 10) check digit of `body`: catches every single wrong digit and most swaps of neighbours. */
export function referenceCheckDigit(body: string): string {
  const ds = digitsOf(body);
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    // From the right, the digit next to the check digit is doubled.
    let d = ds[ds.length - 1 - i]!;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when the last character is the check digit of the rest. */
export function isValidReference(reference: string): boolean {
  if (reference.length < 2 || !/^[0-9A-Za-z-]+$/.test(reference)) return false;
  return referenceCheckDigit(reference.slice(0, -1)) === reference.slice(-1);
}

export interface ReferenceValues {
  /** The center's region code (its first six digits are used: the county). */
  regionCode: string;
  centerCode: string;
  date: IsoDate;
}

function textOf(v: ReferenceValues) {
  return { region: v.regionCode.slice(0, 6), center: v.centerCode };
}

/** Refuses a malformed pattern (checked when the configuration loads). */
export function checkReferencePattern(pattern: string): void {
  compilePattern(pattern);
}

/** The counter scope of the serial: references share a counter when they share everything but the serial. */
export function referenceScope(pattern: string, v: ReferenceValues): string {
  return `fee-ref:${serialScope(pattern, { date: v.date, text: textOf(v) })}`;
}

export type ReferenceResult = { ok: true; value: string } | { ok: false; reason: string };

/** The reference for serial n: the pattern's text, then its check digit. */
export function formatReference(pattern: string, v: ReferenceValues, serial: number): ReferenceResult {
  const r = formatNumber(pattern, { serial, date: v.date, text: textOf(v) }, FEE_REFERENCE_MAX - 1);
  if (!r.ok) return { ok: false, reason: `${r.reason} ${r.detail}` };
  return { ok: true, value: r.value + referenceCheckDigit(r.value) };
}
