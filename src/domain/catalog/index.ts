// The service item catalog's pure rules: code tables, guide schemas, code checks, limit
// rules, publish checks and the version state machine. Imported by server and web.
export * from './code-tables.ts';
export * from './codes.ts';
export * from './compare.ts';
export * from './guide.ts';
export * from './limits.ts';
export * from './problems.ts';
export * from './publishable.ts';
export * from './version-states.ts';
export * from './files.ts';
export * from './situations.ts';
export * from './bundles.ts';
