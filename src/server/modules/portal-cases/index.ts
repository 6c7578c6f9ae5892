// Public face of 我的办件 (issue #19, decision 0045): the citizen's own cases; owns no table.
export { portalCaseRoutes } from './portal-cases.routes.ts';
