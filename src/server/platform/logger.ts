import pino, { type Logger } from 'pino';
import { maskPersonalText } from '../../domain/identifiers/index.ts';

// Nothing personal leaves through the log (FACTS.md §I, issue #15): ID and phone numbers are
// masked wherever they appear (messages, stacks, nested causes, a database error's detail),
// and a failed query's parameters are dropped whole, since they may hold anything a request
// carried (a session token, a password hash, a name), not only numbers a pattern can find.

const REDACTED = '[redacted]';

/** drizzle's DrizzleQueryError says `Failed query: …\nparams: <values>` in its message and stack. */
const QUERY_PARAMS = /^(\s*params: ).*$/gm;

function cleanText(text: string): string {
  return maskPersonalText(text.replace(QUERY_PARAMS, `$1${REDACTED}`));
}

/** Fields of driver errors (node-postgres DatabaseError, drizzle) worth keeping, masked. */
const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'where', 'schema', 'table', 'column', 'constraint', 'routine', 'query', 'statusCode', 'errno', 'syscall'];
/** Fields that carry a query's values: never logged. */
const VALUE_FIELDS = new Set(['params', 'parameters', 'values']);

function maskError(err: Error, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = { type: err.name, message: cleanText(err.message), stack: err.stack === undefined ? undefined : cleanText(err.stack) };
  for (const field of ERROR_FIELDS) {
    const value = (err as unknown as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) out[field] = maskDeep(value, depth + 1);
  }
  for (const field of VALUE_FIELDS) if ((err as unknown as Record<string, unknown>)[field] !== undefined) out[field] = REDACTED;
  if (err.cause !== undefined) out.cause = maskDeep(err.cause, depth + 1);
  if (Array.isArray((err as AggregateError).errors)) out.errors = (err as AggregateError).errors.map((e) => maskDeep(e, depth + 1));
  return out;
}

export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return maskError(value, depth);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  // Other class instances (Fastify's request and reply) are left to their serializers;
  // maskLine masks what those write.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, VALUE_FIELDS.has(k) ? REDACTED : maskDeep(v, depth + 1)]));
}

/**
 * The last guard, on the finished JSON line: whatever reached it unmasked (a message pino
 * took from an error itself, a serializer's output) is masked here. JSON escapes (`\n`, `\"`,
 * `\u…`) are blanked in a copy of the same length, so a number right after a line break is
 * still seen as a number; the masked characters are then copied back by position.
 */
export function maskLine(line: string): string {
  const plain = line.replace(/\\./g, '  ');
  const masked = maskPersonalText(plain);
  let out = masked === plain ? line : '';
  if (masked !== plain) for (let i = 0; i < line.length; i++) out += masked[i] === '*' && plain[i] !== '*' ? '*' : line[i];
  return out.replace(/(params: )(?:[^"\\]|\\[^n])*/g, `$1${REDACTED}`);
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'onewindow' },
      // Errors are masked by maskDeep into plain objects; pino's own error serializer would
      // copy the raw error (stack, params) back in.
      serializers: { err: (v: unknown) => v },
      formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          // log.error(err): keep pino's shape ({ err }, message) while masking both.
          const [first, ...rest] = args as unknown[];
          const shaped = first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : (args as unknown[]);
          method.apply(this, shaped.map((a) => maskDeep(a)) as typeof args);
        },
        streamWrite: maskLine,
      },
    },
    destination,
  );
}
