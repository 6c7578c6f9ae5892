export * from './sign-in-code.ts';
