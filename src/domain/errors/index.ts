export * from './error-codes.ts';
export * from './domain-error.ts';
