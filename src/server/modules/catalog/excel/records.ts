// Lists of small records (常见问题, 中介服务, 特别程序, 审查细则) in one cell, as labelled
// lines people can read and edit instead of raw JSON:
//
//   问：外出务工人员能否在务工地申请低保？
//   答：低保实行户籍地申请……
//
// A record starts at its first label (or when a label repeats); a line without a known
// label continues the value above it, so values may span lines.
import { fail, ok, type Codec, type Raw, type Read } from './cells.ts';

export interface RecordField {
  label: string;
  key: string;
  codec: Codec<unknown>;
}

export function field<V>(label: string, key: string, codec: Codec<V>): RecordField {
  return { label, key, codec: codec as Codec<unknown> };
}

type Obj = Record<string, unknown>;

function formatOne(r: Obj, fields: readonly RecordField[]): string {
  const lines: string[] = [];
  fields.forEach((f, i) => {
    const v = r[f.key];
    if (v === undefined || v === null) return;
    const cell = f.codec.write(v);
    if (i > 0 && (cell === '' || cell === null)) return;
    lines.push(`${f.label}：${cell ?? ''}`);
  });
  return lines.join('\n');
}

function splitRecords(text: string, fields: readonly RecordField[]): Read<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  let last: string | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const f = fields.find((x) => line.startsWith(`${x.label}：`) || line.startsWith(`${x.label}:`));
    if (f) {
      if (!current || f === fields[0] || f.key in current) out.push((current = {}));
      current[f.key] = line.slice(f.label.length + 1);
      last = f.key;
    } else if (current && last) current[last] += `\n${line}`;
    else if (line.trim() !== '') return fail(`无法识别“${line.slice(0, 20)}”，每条应以“${fields[0]!.label}：”开头`);
  }
  return ok(out);
}

/** Records ↔ labelled lines; a record is separated from the next by an empty line. */
export function records(fields: readonly RecordField[]): Codec<Obj[]> {
  return {
    write: (rs) => rs.map((r) => formatOne(r, fields)).join('\n\n'),
    read: (c: Raw) => {
      const split = splitRecords(typeof c === 'string' ? c : String(c), fields);
      if ('error' in split) return split;
      const out: Obj[] = [];
      for (const [i, raw] of split.value.entries()) {
        const obj: Obj = {};
        for (const f of fields) {
          const t = raw[f.key]?.trim();
          if (t === undefined || t === '') continue;
          const r = f.codec.read(t);
          if ('error' in r) return fail(`第 ${i + 1} 条“${f.label}”：${r.error}`);
          obj[f.key] = r.value;
        }
        out.push(obj);
      }
      return ok(out);
    },
  };
}

/** The label of a record field, for error messages that point into a cell. */
export function labelOf(fields: readonly RecordField[], key: string | number | undefined): string | undefined {
  return fields.find((f) => f.key === key)?.label;
}
