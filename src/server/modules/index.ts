import type { ModuleRoutes } from '../platform/http/app.ts';
import { appointmentConsoleRoutes, hallAppointmentRoutes } from './appointment/index.ts';
import { auditLogRoutes } from './audit-log/index.ts';
import { calendarRoutes } from './calendar/index.ts';
import { caseRoutes, caseTrackRoutes, consultationRoutes } from './case/index.ts';
import { catalogRoutes, portalCatalogRoutes } from './catalog/index.ts';
import { guidePdfRoutes } from './guide-pdf/index.ts';
import { identityRoutes } from './identity/index.ts';
import { orgRoutes, staffRoutes } from './org/index.ts';
import { hallCentersRoutes, hallRoutes, queueConsoleRoutes, queueWindowRoutes } from './queue/index.ts';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: ModuleRoutes[] = [identityRoutes, orgRoutes, staffRoutes, auditLogRoutes, calendarRoutes, catalogRoutes, portalCatalogRoutes, guidePdfRoutes, hallCentersRoutes, hallRoutes, queueWindowRoutes, queueConsoleRoutes, hallAppointmentRoutes, appointmentConsoleRoutes, caseRoutes, caseTrackRoutes, consultationRoutes];
