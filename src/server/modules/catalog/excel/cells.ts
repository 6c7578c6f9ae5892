// How guide values look in a spreadsheet cell and how they are read back: codes as their
// Chinese labels, yes/no as 是/否, limits as “20个工作日”, money in yuan, lists joined by 、.
// Every codec is lossless for what it writes, and lenient with what people type.
import { limitUnits, type LimitUnit, type TimeLimit } from '../../../../domain/catalog/index.ts';

/** A cell as read: exceljs rich text, formulas and hyperlinks already reduced to their text. */
export type Raw = string | number | boolean | null;
export type Read<V> = { value: V } | { error: string };
export const ok = <V>(value: V): Read<V> => ({ value });
export const fail = (error: string): Read<never> => ({ error });

export interface Codec<V> {
  write(v: V): string | number | null;
  /** Called for non-blank cells only; a blank cell means “the default”. */
  read(c: Raw): Read<V>;
}

export const isBlank = (c: Raw) => c === null || (typeof c === 'string' && c.trim() === '');
const asText = (c: Raw) => (typeof c === 'string' ? c : String(c));

export const text: Codec<string> = { write: (v) => v, read: (c) => ok(asText(c)) };

export const int: Codec<number> = {
  write: (v) => v,
  read: (c) => {
    const n = typeof c === 'number' ? c : typeof c === 'string' && /^-?\d+(\.\d+)?$/.test(c.trim()) ? Number(c.trim()) : NaN;
    return Number.isNaN(n) ? fail('应填写数字') : ok(n);
  },
};

export const yesNo: Codec<boolean> = {
  write: (v) => (v ? '是' : '否'),
  read: (c) => {
    if (typeof c === 'boolean') return ok(c);
    const t = asText(c).trim().toLowerCase();
    if (['是', 'y', 'yes', 'true', '1', '√'].includes(t)) return ok(true);
    if (['否', 'n', 'no', 'false', '0', '×'].includes(t)) return ok(false);
    return fail('应填写“是”或“否”');
  },
};

interface Label {
  zh: string;
}

/**
 * A code of a code table. National codes are written “05 行政给付” (the code is what other
 * systems exchange), our own keys as the label alone; either form, the bare code or the
 * label is accepted back.
 */
export function code<K extends string>(table: Record<K, Label>, what: string, withCode = false): Codec<K> {
  const keys = Object.keys(table) as K[];
  return {
    write: (v) => (withCode ? `${v} ${table[v].zh}` : table[v].zh),
    read: (c) => {
      const t = asText(c).trim();
      const first = t.split(/\s+/)[0]!;
      const hit = keys.find((k) => k === t || k === first || table[k].zh === t);
      return hit
        ? ok(hit)
        : fail(`${what}“${t}”不正确，应为：${keys.map((k) => (withCode ? `${k} ${table[k].zh}` : table[k].zh)).join('、')}`);
    },
  };
}

/** A list in one cell, written joined by 、 and read split on 、 ； ; or line breaks. */
export function list<V>(item: Codec<V>): Codec<V[]> {
  return {
    write: (vs) => vs.map((v) => item.write(v)).join('、'),
    read: (c) => {
      const out: V[] = [];
      for (const part of asText(c)
        .split(/[、；;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const r = item.read(part);
        if ('error' in r) return r;
        out.push(r.value);
      }
      return ok(out);
    },
  };
}

const unitWords: Record<string, LimitUnit> = { 个工作日: 'workday', 工作日: 'workday', 个自然日: 'naturalDay', 自然日: 'naturalDay' };

/** A time limit without its note: “20个工作日”, “30个自然日”, “即办”. */
export const limit: Codec<Omit<TimeLimit, 'note'>> = {
  write: (l) => (l.unit === 'instant' ? (l.amount === 0 ? '即办' : `${l.amount}即办`) : `${l.amount}${limitUnits[l.unit].zh}`),
  read: (c) => {
    const t = asText(c).replace(/\s+/g, '');
    const m = /^(-?\d+(?:\.\d+)?)?(.*)$/.exec(t)!;
    const amount = m[1] === undefined ? 0 : Number(m[1]);
    if (m[2] === '即办' || m[2] === '即办件') return ok({ amount, unit: 'instant' });
    const unit = unitWords[m[2]!];
    if (m[1] === undefined || !unit) return fail(`时限“${asText(c)}”格式不正确，应写作“20个工作日”“30个自然日”或“即办”`);
    return ok({ amount, unit });
  },
};

/** Money is stored in fen and shown in yuan with two decimals. */
export const yuan: Codec<number> = {
  write: (fen) => fen / 100,
  read: (c) => {
    const t = typeof c === 'number' ? c : Number(asText(c).replace(/[¥￥元,，\s]/g, ''));
    if (Number.isNaN(t)) return fail('金额应填写数字（单位：元）');
    const fen = Math.round(t * 100);
    return Math.abs(fen - t * 100) > 1e-6 ? fail('金额最多保留两位小数（单位：元）') : ok(fen);
  },
};

export const json: Codec<Record<string, unknown>> = {
  write: (v) => JSON.stringify(v),
  read: (c) => {
    try {
      const v: unknown = JSON.parse(asText(c));
      return v && typeof v === 'object' && !Array.isArray(v) ? ok(v as Record<string, unknown>) : fail('应为 JSON 对象');
    } catch {
      return fail('不是有效的 JSON');
    }
  },
};

/** A JSON array (情形引导): its items are checked by the guide schema afterwards. */
export const jsonList: Codec<unknown[]> = {
  write: (v) => (v.length ? JSON.stringify(v) : ''),
  read: (c) => {
    try {
      const v: unknown = JSON.parse(asText(c));
      return Array.isArray(v) ? ok(v) : fail('应为 JSON 数组');
    } catch {
      return fail('不是有效的 JSON');
    }
  },
};
