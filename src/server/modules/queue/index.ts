// Public face of the hall queue: routes for the app, and the service functions other
// modules (appointments: check-in gives a priority ticket) and the benchmarks call.
export { hallRoutes } from './hall.routes.ts';
export { hallCentersRoutes } from './hall-centers.routes.ts';
export { queueWindowRoutes } from './queue.routes.ts';
export { queueConsoleRoutes } from './console.routes.ts';
export { queueJobs } from './day-sweep.service.ts';
export { startLiveHub } from './live.instance.ts';
export { configureGroupCommit } from './sql-script.ts';
export { issueTicket, getHallTicket, type IssueRequest } from './issue.service.ts';
export { callNext, callTicket, finish, finishAndCallNext, recall, start } from './window.service.ts';
export { buildBoard, type Board } from './board.ts';
export { QUEUE_CHANNEL, type QueueEvent } from './queue.events.ts';
export { findCategory, listCategories, listWindowCategories, type CategoryRow } from './category.queries.ts';
export { hallSettings } from './settings.cache.ts';
export { hallStats, periodOf } from './stats.service.ts';
export { statsWorkbook } from './stats.workbook.ts';
