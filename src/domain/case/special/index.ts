// Special steps of the back office (issue #17, decision 0036): kinds, the hearing's steps and
// deadlines, and the records with their printable documents.
export * from './kinds.ts';
export * from './hearing-plan.ts';
export * from './records.ts';
