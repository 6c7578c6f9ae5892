export * from './events.ts';
export * from './render.ts';
