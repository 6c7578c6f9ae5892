import type { FastifyReply } from 'fastify';
import { DomainError, type ErrorCode } from '../../../domain/errors/index.ts';

// better-auth answers with its own error codes; we speak ours.
const codeMap: Record<string, ErrorCode> = {
  INVALID_USERNAME_OR_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_EMAIL_OR_PASSWORD: 'INVALID_CREDENTIALS',
  INVALID_CODE: 'INVALID_TOTP',
  INVALID_TWO_FACTOR_COOKIE: 'TWO_FACTOR_NOT_PENDING',
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: 'ACCOUNT_LOCKED',
  PASSWORD_TOO_SHORT: 'WEAK_PASSWORD',
  PASSWORD_TOO_LONG: 'WEAK_PASSWORD',
};

export function toDomainError(e: unknown): DomainError {
  const body = (e as { body?: { code?: string } }).body;
  const status = (e as { statusCode?: number }).statusCode;
  const code = (body?.code && codeMap[body.code]) || (status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined);
  if (code) return new DomainError(code);
  if (status && status >= 400 && status < 500) return new DomainError('VALIDATION_FAILED', { upstream: body?.code });
  throw e;
}

/** Run a better-auth API call that returns headers, and pass its cookies to our reply. */
export async function withAuthCookies<T>(reply: FastifyReply, call: () => Promise<{ headers: Headers; response: T }>): Promise<T> {
  let result: { headers: Headers; response: T };
  try {
    result = await call();
  } catch (e) {
    throw toDomainError(e);
  }
  const cookies = result.headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
  return result.response;
}
