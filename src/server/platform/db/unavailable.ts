// Errors that mean "the database cannot be reached right now", not "this request is wrong":
// PostgreSQL stopped, restarting or failing over, a connection ended under a transaction,
// the network cut, or no pooled connection free in time. They are answered 503 with
// Retry-After (decision 0020); everything else keeps its own answer.

/** Seconds a client is asked to wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, recovery),
// 08xxx connection exceptions, 53300 too_many_connections.
const SQLSTATE = /^(57P0[123]|08...|53300)$/;

// What node-postgres and pg-pool say when the socket is gone or no connection came in time,
// and what the hall's hot path says when its connection died under a batch (group-commit.ts).
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Connection closed/i,
  /the hot-path connection was lost/i,
];

function isConnectionError(e: object): boolean {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && MESSAGES.some((m) => m.test(message));
}

/** Does `err`, or an error it wraps (`cause`, AggregateError's `errors`), say the database is unreachable? */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  if (isConnectionError(err)) return true;
  const inner = [(err as { cause?: unknown }).cause, ...((err as { errors?: unknown }).errors instanceof Array ? (err as { errors: unknown[] }).errors : [])];
  return inner.some((e) => isDatabaseUnavailable(e, depth + 1));
}
