// Public API of the fee (收费) domain: amounts from the published rule, the payment reference
// and its check digit, and the payment notice's actions. Pure: safe for server and browser.
export * from './amounts.ts';
export * from './reference.ts';
export * from './states.ts';
export * from './documents.ts';
