// Public face of the online application module (网上申报 and 网上预审, issue #19, decision 0043).
export { onlineRoutes } from './online.routes.ts';
export { actOnApplication, type OnlineActInput } from './online.write.ts';
export type { OnlineBy } from './online.actor.ts';
// Test helpers (not exported here: they import the test harness): ./online.fixture.ts
// (submittedOnlineApplication, verifiedCitizen, completeDraft).
