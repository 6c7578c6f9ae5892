// Public API of the case (办件) domain (pure: no I/O, safe for server and browser).
// states: the one table the server enforces and the UI reads; outcomes: what each window
// outcome requires; numbering: case and notice numbers; notices: each notice's content;
// national-codes: the export mapping; clocks: the legal and promised due dates.
export * from './states.ts';
export * from './outcomes.ts';
export * from './numbering.ts';
export * from './national-codes.ts';
export * from './clocks.ts';
export * from './pauses.ts';
export * from './notices/index.ts';
// ledger: pauses and the one extension → due dates; warnings: levels against stored due dates;
// hearing: the hearing, certificate (§44), lower-review (§43) and step clocks.
export * from './ledger.ts';
export * from './warnings.ts';
export * from './hearing.ts';
export * from './steps.ts';
export * from './joint.ts';
// issue #18, handing out the result: the delivery table, pickup codes and the collector's ID check.
export * from './delivery.ts';
export * from './collector.ts';
// escalation: 上报件 — the lower center's §43 clock and the way a decision comes back (decision 0035).
export * from './escalation.ts';
// special: site inspection, expert review, hearing and collective discussion (decision 0036).
export * from './special/index.ts';
export * from './step-clocks.ts';
export * from './warning-threshold.ts';
// issue #19, 我的办件: the applicant's own view of a case (decision 0045).
export * from './applicant-view.ts';
