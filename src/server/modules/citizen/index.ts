// Public face of the citizen accounts of the online hall (issue #19, decision 0041).
export { citizenRoutes } from './citizen.routes.ts';
export { resolveCitizen, CITIZEN_COOKIE } from './citizen-session.ts';
export { actingAs, subjectIdentities, type ActingAs, type ActingAsOptions, type SubjectIdentity, type SubjectRef } from './subjects.ts';
