import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, errorCatalog, errorMessage, type ErrorCode, type Lang } from '../../../domain/errors/index.ts';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/unavailable.ts';
import { requestLang } from './lang.ts';

const locales = { zh: z.locales.zhCN(), en: z.locales.en() };

interface FieldProblem {
  field: string;
  message: string;
  issue: string;
}

function localiseIssue(v: { keyword: string; instancePath: string; message?: string; params?: object }, lang: Lang): FieldProblem {
  const path = v.instancePath.split('/').filter(Boolean);
  const raw = { code: v.keyword, path, ...(v.params ?? {}) } as never;
  const out = locales[lang].localeError(raw) as string | { message: string } | undefined;
  // Our own refinements carry a deliberate Chinese message; keep it.
  const localised = typeof out === 'string' ? out : out?.message;
  const message = v.keyword === 'custom' ? (v.message ?? localised ?? '') : (localised ?? v.message ?? '');
  return { field: path.join('.') || '(body)', message, issue: v.keyword };
}

// PostgreSQL errors that are the client's fault, not ours (never a 500 for bad input).
const pgClientErrors: Record<string, ErrorCode> = {
  '23505': 'DUPLICATE',
  '23503': 'NOT_FOUND',
  '22P02': 'VALIDATION_FAILED',
  '22001': 'VALIDATION_FAILED',
  '22003': 'VALIDATION_FAILED',
  '22007': 'VALIDATION_FAILED',
  '22008': 'VALIDATION_FAILED',
  '22021': 'VALIDATION_FAILED',
  '40001': 'CONFLICT',
};

/** The SQLSTATE of a database error; drizzle wraps the driver's error in DrizzleQueryError (`cause`). */
function sqlStateOf(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function fastifyCode(err: FastifyError): ErrorCode | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'BAD_JSON';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_VALIDATION':
      return 'VALIDATION_FAILED';
    default:
      return undefined;
  }
}

/** During an outage every request fails alike: one warning per 10 s, with how many were answered 503 since the last. */
const OUTAGE_LOG_EVERY_MS = 10_000;
let outageLoggedAt = 0;
let outageSuppressed = 0;
function outageLog(req: FastifyRequest, err: unknown) {
  const now = Date.now();
  if (now - outageLoggedAt < OUTAGE_LOG_EVERY_MS) {
    outageSuppressed++;
    return;
  }
  req.log.warn({ err, answered503Since: outageSuppressed }, 'database unavailable; answering 503');
  outageLoggedAt = now;
  outageSuppressed = 0;
}

/** The refusal names the field: "输入内容有误：name 不能超过 200 个字符" rather than only "check your input". */
function validationMessage(lang: Lang, problems: readonly FieldProblem[]): string {
  const first = problems[0];
  if (!first) return errorMessage('VALIDATION_FAILED', lang);
  const more = problems.length > 1 ? (lang === 'zh' ? `（另有 ${problems.length - 1} 处）` : ` (and ${problems.length - 1} more)`) : '';
  if (lang === 'zh') return `输入内容有误：${first.field} ${first.message}${more}`;
  // Our own refinements speak Chinese only (the kiosk shows them as written): English names the field alone then.
  const why = /[\u3400-\u9fff]/.test(first.message) ? '' : `: ${first.message}`;
  return `Invalid input: ${first.field}${why}${more}`;
}

export function sendError(reply: FastifyReply, lang: Lang, code: ErrorCode, details?: unknown) {
  return reply.status(errorCatalog[code].status).send({ code, message: errorMessage(code, lang), details });
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(req);
  if (err instanceof DomainError) return sendError(reply, lang, err.code, err.details);
  if (hasZodFastifySchemaValidationErrors(err)) {
    const problems = err.validation.map((v) => localiseIssue(v, lang));
    return reply.status(400).send({ code: 'VALIDATION_FAILED', message: validationMessage(lang, problems), details: problems });
  }
  const fst = fastifyCode(err);
  if (fst) return sendError(reply, lang, fst);
  if (err instanceof SyntaxError) return sendError(reply, lang, 'BAD_JSON');
  if (isDatabaseUnavailable(err)) {
    // Not a bug in the request: the database is away (decision 0020). Clients wait and retry.
    outageLog(req, err);
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return sendError(reply, lang, 'SERVICE_UNAVAILABLE');
  }
  const pgCode = sqlStateOf(err);
  if (pgCode && pgClientErrors[pgCode]) return sendError(reply, lang, pgClientErrors[pgCode]!);
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 && !isResponseSerializationError(err)) {
    const code: ErrorCode = err.statusCode === 404 ? 'NOT_FOUND' : err.statusCode === 429 ? 'RATE_LIMITED' : 'VALIDATION_FAILED';
    return sendError(reply, lang, code);
  }
  req.log.error({ err }, 'unhandled error');
  return sendError(reply, lang, 'INTERNAL');
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, requestLang(req), 'ROUTE_NOT_FOUND');
}
