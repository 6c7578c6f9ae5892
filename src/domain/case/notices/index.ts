// Public API of the window notices (pure: the PDF renderer and the text check read the same data).
export * from './build.ts';
export * from './document.ts';
export * from './elements.ts';
export * from './kinds.ts';
export * from './decisions.ts';
