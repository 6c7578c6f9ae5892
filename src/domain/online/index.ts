// Public API of the online application domain (pure): the state table and the pre-review clock.
export * from './states.ts';
export * from './review-clock.ts';
export * from './completeness.ts';
