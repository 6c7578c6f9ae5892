// Public face of the hall queue: routes for the app, and the service functions other
// modules (appointments: check-in gives a priority ticket) and the benchmarks call.
// The folders, by what they serve (tests beside their code; the tables in queue.schema.ts,
// request schemas in queue.types.ts, the suites' shared set-up in queue.fixture.ts):

// tickets/  — issuing: the kiosk, the visitor's phone (remote tickets), the wait shown, rest-day rules
export { hallRoutes } from './tickets/hall.routes.ts';
export { hallCentersRoutes } from './tickets/hall-centers.routes.ts';
export { issueTicket, getHallTicket, type IssueRequest } from './tickets/issue.service.ts';
export { ticketNumbers, ticketServedBy } from './tickets/ticket.lookup.ts';

// window/   — the workbench's buttons: call next, call a chosen one, recall, start, finish, transfer, the call SMS
export { queueWindowRoutes } from './window/window.routes.ts';
export { callNext, callTicket, finish, finishAndCallNext, recall, start } from './window/window.service.ts';

// hot-path/ — the window steps as one-round-trip statements, their group commit and pipelining
//             (decisions 0011, 0012, 0014); reached through window/, nothing to export

// live/     — the live board: queue events after commit, the display's WebSocket hub
export { buildBoard, type Board } from './live/board.ts';
export { QUEUE_CHANNEL, type QueueEvent } from './live/events.ts';

// setup/    — the console's side: categories, windows ↔ categories, hall settings
export { queueConsoleRoutes } from './setup/console.routes.ts';
export { findCategory, listCategories, listWindowCategories, type CategoryRow } from './setup/category.queries.ts';
export { hallSettings } from './setup/settings.cache.ts';

// stats/    — 大厅统计 over a period, and its workbook
export { hallStats, periodOf } from './stats/stats.service.ts';
export { statsWorkbook } from './stats/stats.workbook.ts';

// day/      — end of day: closing a hall's day by hand and the sweep of days left open
export { queueJobs } from './day/day-sweep.service.ts';

// live/live.instance.ts — this instance's hub, started by main.ts (decision 0021)
export { startLiveHub } from './live/live.instance.ts';
export { configureGroupCommit } from './hot-path/sql-script.ts';
