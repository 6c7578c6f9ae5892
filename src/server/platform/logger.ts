import pino, { type Logger } from 'pino';
import { maskPersonalText } from '../../domain/identifiers/index.ts';

// ID numbers and phone numbers never reach a log line in clear (FACTS.md §I).
function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskPersonalText(value.message), stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'onewindow' },
      formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskPersonalText(a) : a)) as typeof args;
          method.apply(this, masked);
        },
      },
    },
    destination,
  );
}
