export * from './sign-in-code.ts';
export * from './enterprise.ts';
export * from './mandate.ts';
