import { errorCatalog, type ErrorCode } from './error-codes.ts';

/** The one error type of the platform; routes turn it into `{code, message, details}`. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, details?: unknown, message?: string) {
    super(message ?? errorCatalog[code].en);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
