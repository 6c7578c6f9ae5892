// Public API of the hall appointment rules (pure: no I/O, safe for server and browser).
export * from './ban.ts';
export * from './bookable.ts';
export * from './code.ts';
export * from './rules.ts';
export * from './slots.ts';
export * from './states.ts';
export * from './texts.ts';
export * from './times.ts';
export * from './public.ts';
export * from './reminder.ts';
export * from './figures.ts';
