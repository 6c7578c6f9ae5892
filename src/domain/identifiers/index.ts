export * from './result.ts';
export * from './id-card.ts';
export * from './uscc.ts';
export * from './region-code.ts';
export * from './mobile.ts';
export * from './mask.ts';
export * from './normalize.ts';
