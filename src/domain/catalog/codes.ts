// 基本编码 and 实施编码 (FACTS.md §A). Real national data has a 12-character 基本编码 and a
// 31-character 实施编码 = implementing body's USCC (18) + 行使层级 (1) + 基本编码 (12). The
// segment layout is known from two samples only, so the format is a parameter.
import { validateUscc, type UsccReason } from '../identifiers/index.ts';
import { exerciseLevels, type ExerciseLevelCode } from './code-tables.ts';

export const NATIONAL_BASIC_CODE_LENGTH = 12;
export const LOCAL_CODE_MAX = 50;

const NATIONAL_BASIC = /^[0-9A-Z]{12}$/;
// Local codes (地方基本编码 / 地方实施编码) come in many shapes; we only keep out spaces and
// punctuation that would break file names and URLs.
const LOCAL_CODE = /^[0-9A-Za-z_-]{1,50}$/;

export type BasicCodeResult = { ok: true; kind: 'national' | 'local' } | { ok: false; reason: 'empty' | 'tooLong' | 'characters' };

export function validateBasicCode(code: string): BasicCodeResult {
  if (code.length === 0) return { ok: false, reason: 'empty' };
  if (code.length > LOCAL_CODE_MAX) return { ok: false, reason: 'tooLong' };
  if (NATIONAL_BASIC.test(code)) return { ok: true, kind: 'national' };
  if (LOCAL_CODE.test(code)) return { ok: true, kind: 'local' };
  return { ok: false, reason: 'characters' };
}

export interface ImplementationCodeParts {
  uscc: string;
  level: ExerciseLevelCode;
  basicCode: string;
}

/** How 实施编码 are built and read; a province with another layout supplies its own. */
export interface ImplementationCodeFormat {
  build(parts: ImplementationCodeParts): string;
  /** Split a code into its segments, or undefined when it cannot be split at all. */
  split(code: string): { uscc: string; level: string; basicCode: string } | undefined;
}

export const defaultImplementationCodeFormat: ImplementationCodeFormat = {
  build: (p) => `${p.uscc}${p.level}${p.basicCode}`,
  split: (code) => (code.length < 20 ? undefined : { uscc: code.slice(0, 18), level: code.slice(18, 19), basicCode: code.slice(19) }),
};

export function formatImplementationCode(parts: ImplementationCodeParts, format = defaultImplementationCodeFormat): string {
  return format.build(parts);
}

export type ImplementationCodeReason =
  | { reason: 'tooShort' }
  | { reason: 'tooLong' }
  | { reason: 'uscc'; usccReason: UsccReason }
  | { reason: 'level'; level: string }
  | { reason: 'basicCode'; basicCodeReason: 'empty' | 'tooLong' | 'characters' }
  | { reason: 'usccMismatch'; expected: string; actual: string }
  | { reason: 'levelMismatch'; expected: string; actual: string }
  | { reason: 'basicCodeMismatch'; expected: string; actual: string };

export type ImplementationCodeResult = { ok: true; parts: ImplementationCodeParts; kind: 'national' | 'local' } | ({ ok: false } & ImplementationCodeReason);

/**
 * Check a 实施编码: each segment on its own, then (when `expected` is given) against the
 * item's implementing body, level and 基本编码, so a code copied from another item is caught.
 */
export function validateImplementationCode(
  code: string,
  expected: Partial<ImplementationCodeParts> = {},
  format = defaultImplementationCodeFormat,
): ImplementationCodeResult {
  if (code.length > 18 + 1 + LOCAL_CODE_MAX) return { ok: false, reason: 'tooLong' };
  const parts = format.split(code);
  if (!parts) return { ok: false, reason: 'tooShort' };
  const uscc = validateUscc(parts.uscc);
  if (!uscc.ok) return { ok: false, reason: 'uscc', usccReason: uscc.reason };
  if (!(parts.level in exerciseLevels)) return { ok: false, reason: 'level', level: parts.level };
  const basic = validateBasicCode(parts.basicCode);
  if (!basic.ok) return { ok: false, reason: 'basicCode', basicCodeReason: basic.reason };
  if (expected.uscc && expected.uscc.toUpperCase() !== parts.uscc.toUpperCase()) return { ok: false, reason: 'usccMismatch', expected: expected.uscc, actual: parts.uscc };
  if (expected.level && expected.level !== parts.level) return { ok: false, reason: 'levelMismatch', expected: expected.level, actual: parts.level };
  if (expected.basicCode && expected.basicCode !== parts.basicCode) return { ok: false, reason: 'basicCodeMismatch', expected: expected.basicCode, actual: parts.basicCode };
  return { ok: true, kind: basic.kind, parts: { uscc: parts.uscc.toUpperCase(), level: parts.level as ExerciseLevelCode, basicCode: parts.basicCode } };
}

const basicReasons = { empty: '为空', tooLong: `超过 ${LOCAL_CODE_MAX} 位`, characters: '只能包含字母、数字、下划线和连字符' } as const;

/** A reason as a sentence for people (console forms, import reports). */
export function implementationCodeMessage(r: ImplementationCodeReason): string {
  switch (r.reason) {
    case 'tooShort':
      return '实施编码过短：应为实施主体统一社会信用代码（18 位）+ 行使层级（1 位）+ 基本编码';
    case 'tooLong':
      return '实施编码过长';
    case 'uscc':
      return r.usccReason === 'checksum' ? '实施编码前 18 位的统一社会信用代码校验位不符' : '实施编码前 18 位不是有效的统一社会信用代码';
    case 'level':
      return `实施编码第 19 位应为行使层级代码 1-7，实为“${r.level}”`;
    case 'basicCode':
      return `实施编码中的基本编码${basicReasons[r.basicCodeReason]}`;
    case 'usccMismatch':
      return `实施编码中的统一社会信用代码（${r.actual}）与实施主体（${r.expected}）不一致`;
    case 'levelMismatch':
      return `实施编码中的行使层级（${r.actual}）与事项行使层级（${r.expected}）不一致`;
    case 'basicCodeMismatch':
      return `实施编码中的基本编码（${r.actual}）与事项基本编码（${r.expected}）不一致`;
  }
}

export function basicCodeMessage(reason: 'empty' | 'tooLong' | 'characters'): string {
  return `基本编码${basicReasons[reason]}`;
}
