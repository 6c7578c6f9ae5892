// Electronic certificates (电子证照, issue #18, decision 0039): the signed payload, its
// envelope inside the PDF, and the verdicts of the public verification page.
export * from './payload.ts';
export * from './envelope.ts';
export * from './verdict.ts';
export * from './rules.ts';
