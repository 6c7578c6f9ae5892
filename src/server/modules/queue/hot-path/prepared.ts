import pg from 'pg';

// A hot-path statement and its values, as the script runner and the group commit send them.
// The simple protocol takes no bind parameters, so EXECUTE's arguments are literals quoted as
// the driver's escapeLiteral does. (Kept apart from sql-script.ts so that the group commit,
// which sql-script.ts starts, needs nothing from it.)

export type ScriptValue = string | number | boolean | null | Date;

export function literal(v: ScriptValue): string {
  if (v === null) return 'NULL';
  if (v instanceof Date) return pg.escapeLiteral(v.toISOString());
  switch (typeof v) {
    case 'string':
      // PostgreSQL text cannot hold NUL; refuse it here rather than send a cut string.
      if (v.includes('\0')) throw new Error('SQL text value contains NUL');
      return pg.escapeLiteral(v);
    case 'number':
      if (!Number.isFinite(v)) throw new Error(`SQL number value ${v}`);
      return String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      throw new Error(`SQL value of type ${typeof v}`);
  }
}

/** A statement with named parameters (`$window`), prepared on first use on each connection. */
export class Prepared<P extends Record<string, ScriptValue>> {
  readonly prepare: string;
  private readonly order: (keyof P & string)[];

  constructor(
    readonly name: string,
    private readonly types: { [K in keyof P]: string },
    readonly text: string,
  ) {
    this.order = Object.keys(types) as (keyof P & string)[];
    const numbered = text.replace(/\$([a-z][A-Za-z]*)/g, (_, key: string) => {
      const i = this.order.indexOf(key);
      if (i < 0) throw new Error(`${name}: no type for $${key}`);
      return `$${i + 1}`;
    });
    this.prepare = `PREPARE ${name} (${this.order.map((k) => types[k]).join(', ')}) AS ${numbered}`;
  }

  execute(values: P): string {
    return `EXECUTE ${this.name} (${this.order.map((k) => literal(values[k]!)).join(', ')})`;
  }

  /** The statement with its values in place, for a transaction handle that cannot EXECUTE what it never prepared. */
  inline(values: P): string {
    return this.text.replace(/\$([a-z][A-Za-z]*)/g, (_, key: string) => `${literal(values[key]!)}::${this.types[key]}`);
  }
}

export interface Run {
  statement: Prepared<Record<string, ScriptValue>>;
  values: Record<string, ScriptValue>;
}
export const run = <P extends Record<string, ScriptValue>>(statement: Prepared<P>, values: P): Run => ({
  statement: statement as unknown as Prepared<Record<string, ScriptValue>>,
  values,
});
