// Case numbers (办件编号, FACTS §A) and notice numbers (文书编号), both from a pattern a center
// may configure. Pure: the server owns the counters and asks here for the counter's scope (so
// "consecutive per item and day" follows the pattern) and for the text of serial n.
//
// Pattern tokens: {code} the item's 实施编码 (or a local code), {yyyy} {MM} {dd} and the
// shorthand {yyyyMMdd} from the date, {serial:N} the serial, zero-padded to N digits (exactly
// one), and any other {name} a text value (department abbreviation, notice kind…). Everything
// else is literal text.
import { toEpochDay, type IsoDate } from '../calendar/index.ts';
import type { NoticeKind } from './notices/kinds.ts';

/** GB/T 39046 allows up to 50 characters for a 办件编号. */
export const CASE_NUMBER_MAX = 50;
export const DEFAULT_CASE_NUMBER_PATTERN = '{code}{yyyyMMdd}{serial:4}';
export const DEFAULT_NOTICE_NUMBER_PATTERN = '{dept}{kind}〔{yyyy}〕{serial:4}号';

type Token =
  | { t: 'literal'; text: string }
  | { t: 'serial'; width: number }
  | { t: 'year' }
  | { t: 'month' }
  | { t: 'day' }
  | { t: 'text'; name: string };

export class NumberPatternError extends Error {
  override readonly name = 'NumberPatternError';
  readonly code = 'NUMBER_PATTERN_INVALID';
}

/** Split a pattern into tokens; throws NumberPatternError on a malformed one (checked when the setting is saved). */
export function compilePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  const re = /\{([^{}]*)\}|([^{}]+)|([{}])/g;
  for (const m of pattern.matchAll(re)) {
    if (m[3]) throw new NumberPatternError(`编号格式中的“${m[3]}”不成对：${pattern}`);
    if (m[2]) {
      tokens.push({ t: 'literal', text: m[2] });
      continue;
    }
    const name = m[1] ?? '';
    const serial = /^serial:(\d{1,2})$/.exec(name);
    if (serial) {
      const width = Number(serial[1]);
      if (width < 1 || width > 12) throw new NumberPatternError(`流水号位数须为 1–12：${pattern}`);
      tokens.push({ t: 'serial', width });
    } else if (name === 'yyyyMMdd') tokens.push({ t: 'year' }, { t: 'month' }, { t: 'day' });
    else if (name === 'yyyy') tokens.push({ t: 'year' });
    else if (name === 'MM') tokens.push({ t: 'month' });
    else if (name === 'dd') tokens.push({ t: 'day' });
    else if (/^[A-Za-z]\w*$/.test(name)) tokens.push({ t: 'text', name });
    else throw new NumberPatternError(`编号格式中的占位符 {${name}} 无法识别：${pattern}`);
  }
  if (tokens.filter((x) => x.t === 'serial').length !== 1) throw new NumberPatternError(`编号格式须恰好含一个 {serial:N}：${pattern}`);
  return tokens;
}

export interface NumberValues {
  serial: number;
  date: IsoDate;
  text: Readonly<Record<string, string>>;
}

export type FormatResult = { ok: true; value: string } | { ok: false; reason: 'serialOutOfRange' | 'missingText' | 'tooLong'; detail: string };

function render(tokens: readonly Token[], v: Omit<NumberValues, 'serial'>, serial: string): FormatResult {
  toEpochDay(v.date); // refuses a malformed date
  let out = '';
  for (const k of tokens) {
    if (k.t === 'literal') out += k.text;
    else if (k.t === 'serial') out += serial;
    else if (k.t === 'year') out += v.date.slice(0, 4);
    else if (k.t === 'month') out += v.date.slice(5, 7);
    else if (k.t === 'day') out += v.date.slice(8, 10);
    else {
      const text = v.text[k.name];
      if (text === undefined || text === '') return { ok: false, reason: 'missingText', detail: k.name };
      out += text;
    }
  }
  return { ok: true, value: out };
}

/** The number for `values` under `pattern`. */
export function formatNumber(pattern: string, values: NumberValues, maxLength = Infinity): FormatResult {
  const tokens = compilePattern(pattern);
  const width = (tokens.find((k) => k.t === 'serial') as { width: number }).width;
  if (!Number.isSafeInteger(values.serial) || values.serial < 1 || String(values.serial).length > width) {
    return { ok: false, reason: 'serialOutOfRange', detail: `1–${'9'.repeat(width)}` };
  }
  const r = render(tokens, values, String(values.serial).padStart(width, '0'));
  if (r.ok && [...r.value].length > maxLength) return { ok: false, reason: 'tooLong', detail: `${[...r.value].length} > ${maxLength}` };
  return r;
}

/**
 * A number whose serial is not drawn yet (decision 0047: the database draws it and writes the
 * number in the same statement): the text before and after the serial and the serial's width.
 * `prefix + serial padded to width + suffix` is formatNumber's value for every serial in range
 * (1 to width nines); a longer serial is out of range. Fails as formatNumber would for the
 * other reasons (a missing text field, too long for `maxLength` at full width).
 */
export type NumberTemplate = { prefix: string; width: number; suffix: string };
export function numberTemplate(pattern: string, values: Omit<NumberValues, 'serial'>, maxLength = Infinity): { ok: true; value: NumberTemplate } | { ok: false; reason: 'missingText' | 'tooLong'; detail: string } {
  const tokens = compilePattern(pattern);
  const at = tokens.findIndex((k) => k.t === 'serial');
  const width = (tokens[at] as { width: number }).width;
  const before = render(tokens.slice(0, at), values, '');
  const after = render(tokens.slice(at + 1), values, '');
  if (!before.ok) return before as { ok: false; reason: 'missingText'; detail: string };
  if (!after.ok) return after as { ok: false; reason: 'missingText'; detail: string };
  const length = [...before.value].length + width + [...after.value].length;
  if (length > maxLength) return { ok: false, reason: 'tooLong', detail: `${length} > ${maxLength}` };
  return { ok: true, value: { prefix: before.value, width, suffix: after.value } };
}

/** formatNumber's value for a template and a serial (the same rule the database applies when it stamps). */
export function stampNumber(t: NumberTemplate, serial: number): string | undefined {
  if (!Number.isSafeInteger(serial) || serial < 1 || String(serial).length > t.width) return undefined;
  return t.prefix + String(serial).padStart(t.width, '0') + t.suffix;
}

/**
 * The scope of the serial: the number with the serial left out. Numbers share one counter
 * exactly when they share this key, so the serial is consecutive per item and day under the
 * default pattern, per month under a pattern without {dd}, and so on.
 */
export function serialScope(pattern: string, values: Omit<NumberValues, 'serial'>): string {
  const r = render(compilePattern(pattern), values, '{serial}');
  if (!r.ok) throw new NumberPatternError(`缺少编号字段 ${r.detail}`);
  return r.value;
}

export interface ParsedNumber {
  serial: number;
  year?: number;
  month?: number;
  day?: number;
  text: Record<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Free text fields when the caller does not know their value: codes are letters, digits, _ and -. */
const defaultFieldPattern = (name: string) => (name === 'code' ? '[0-9A-Za-z_-]+' : '.+?');

/**
 * Read a number back. `known` text values are matched literally (e.g. the department's
 * abbreviation), others by a permissive pattern; undefined when the text does not fit.
 */
export function parseNumber(pattern: string, text: string, known: Readonly<Record<string, string>> = {}): ParsedNumber | undefined {
  const tokens = compilePattern(pattern);
  const names: (Token & { t: 'serial' | 'year' | 'month' | 'day' | 'text' })[] = [];
  let source = '^';
  for (const k of tokens) {
    if (k.t === 'literal') source += escape(k.text);
    else if (k.t === 'text' && known[k.name] !== undefined) source += escape(known[k.name] as string);
    else {
      names.push(k);
      source += k.t === 'serial' ? `(\\d{${k.width}})` : k.t === 'year' ? '(\\d{4})' : k.t === 'text' ? `(${defaultFieldPattern(k.name)})` : '(\\d{2})';
    }
  }
  const m = new RegExp(`${source}$`, 'u').exec(text);
  if (!m) return undefined;
  const out: ParsedNumber = { serial: 0, text: { ...known } };
  names.forEach((k, i) => {
    const v = m[i + 1] as string;
    if (k.t === 'text') out.text[k.name] = v;
    else if (k.t === 'serial') out.serial = Number(v);
    else out[k.t] = Number(v);
  });
  if (out.serial < 1) return undefined;
  if (out.year !== undefined && out.month !== undefined && out.day !== undefined) {
    const iso = `${String(out.year).padStart(4, '0')}-${String(out.month).padStart(2, '0')}-${String(out.day).padStart(2, '0')}`;
    try {
      toEpochDay(iso);
    } catch {
      return undefined;
    }
  }
  return out;
}

// ---- case numbers (办件编号) ----

export interface CaseNumberParts {
  /** The item's 实施编码 (31 characters nationally) or local code. */
  code: string;
  date: IsoDate;
  serial: number;
}

/** 办件编号 for serial n of the day; refused (not truncated) when longer than 50 characters. */
export function formatCaseNumber(parts: CaseNumberParts, pattern = DEFAULT_CASE_NUMBER_PATTERN): FormatResult {
  return formatNumber(pattern, { serial: parts.serial, date: parts.date, text: { code: parts.code } }, CASE_NUMBER_MAX);
}

/** A case number with its serial still to be drawn (see numberTemplate). */
export function caseNumberTemplate(parts: Omit<CaseNumberParts, 'serial'>, pattern = DEFAULT_CASE_NUMBER_PATTERN) {
  return numberTemplate(pattern, { date: parts.date, text: { code: parts.code } }, CASE_NUMBER_MAX);
}

/** The counter a case number draws from: one per item (code) and day under the default pattern. */
export function caseSerialScope(parts: Omit<CaseNumberParts, 'serial'>, pattern = DEFAULT_CASE_NUMBER_PATTERN): string {
  return serialScope(pattern, { date: parts.date, text: { code: parts.code } });
}

/** Read a case number (e.g. one scanned from a notice's barcode) back into its parts. */
export function parseCaseNumber(text: string, pattern = DEFAULT_CASE_NUMBER_PATTERN): { code?: string; date?: IsoDate; serial: number } | undefined {
  if ([...text].length > CASE_NUMBER_MAX) return undefined;
  const p = parseNumber(pattern, text);
  if (!p) return undefined;
  const date =
    p.year !== undefined && p.month !== undefined && p.day !== undefined
      ? `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
      : undefined;
  return { serial: p.serial, ...(p.text.code !== undefined ? { code: p.text.code } : {}), ...(date ? { date } : {}) };
}

// ---- notice numbers (文书编号) ----

export interface NoticeNumberConfig {
  pattern: string;
  /** The abbreviation each notice kind carries in its number, e.g. 受 for 受理通知书. */
  kindAbbreviations: Readonly<Record<NoticeKind, string>>;
}

export const defaultNoticeNumberConfig: NoticeNumberConfig = {
  pattern: DEFAULT_NOTICE_NUMBER_PATTERN,
  kindAbbreviations: {
    acceptance: '受',
    correction: '补',
    non_acceptance: '不受',
    waiver: '容',
    waiver_pledge: '容诺',
    commitment: '诺',
    special_procedure: '特',
    special_procedure_end: '特结',
    extension: '延',
    approval: '许',
    refusal: '不许',
    withdrawal: '撤回',
    termination: '终',
    revocation: '撤销',
    hearing_right: '听告',
    hearing_notice: '听通',
  },
};

export interface NoticeNumberParts {
  kind: NoticeKind;
  /** The department's abbreviation (机关代字), e.g. 旬政服. */
  department: string;
  year: number;
  serial: number;
}

const yearDate = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01`;

/** e.g. 旬政服受〔2026〕0001号 */
export function formatNoticeNumber(parts: NoticeNumberParts, config = defaultNoticeNumberConfig): FormatResult {
  return formatNumber(config.pattern, { serial: parts.serial, date: yearDate(parts.year), text: { dept: parts.department, kind: config.kindAbbreviations[parts.kind] } });
}

/** A notice number with its serial still to be drawn (see numberTemplate). */
export function noticeNumberTemplate(parts: Omit<NoticeNumberParts, 'serial'>, config = defaultNoticeNumberConfig) {
  return numberTemplate(config.pattern, { date: yearDate(parts.year), text: { dept: parts.department, kind: config.kindAbbreviations[parts.kind] } });
}

/** The counter a notice number draws from: per notice kind, department and year (FACTS §A, issue #16). */
export function noticeSerialScope(parts: Omit<NoticeNumberParts, 'serial'>): string {
  return `${parts.kind}|${parts.department}|${parts.year}`;
}

/** Read a notice number back, trying each known department abbreviation and notice kind. */
export function parseNoticeNumber(text: string, departments: readonly string[], config = defaultNoticeNumberConfig): NoticeNumberParts | undefined {
  // Longest abbreviations first, so 不受 is not read as a department ending in 不 + kind 受.
  const kinds = (Object.entries(config.kindAbbreviations) as [NoticeKind, string][]).sort((a, b) => b[1].length - a[1].length);
  for (const department of departments) {
    for (const [kind, abbr] of kinds) {
      const p = parseNumber(config.pattern, text, { dept: department, kind: abbr });
      if (p?.year !== undefined) return { kind, department, year: p.year, serial: p.serial };
    }
  }
  return undefined;
}
