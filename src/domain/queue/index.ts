// Public API of the hall queue rules (pure: no I/O, safe for server and browser).
export * from './categories.ts';
export * from './numbers.ts';
export * from './pick-next.ts';
export * from './priority.ts';
export * from './states.ts';
export * from './texts.ts';
export * from './wait.ts';
export * from './rest-day.ts';
export * from './season.ts';
export * from './stats-period.ts';
