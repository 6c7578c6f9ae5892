import type { ModuleRoutes } from '../platform/http/app.ts';
import type { ModuleJobs } from '../platform/jobs/index.ts';
import { appointmentConsoleRoutes, appointmentJobs, hallAppointmentRoutes } from './appointment/index.ts';
import { auditLogRoutes } from './audit-log/index.ts';
import { calendarRoutes } from './calendar/index.ts';
import { citizenRoutes } from './citizen/index.ts';
import { caseJobs, caseRoutes, caseTrackRoutes, consultationRoutes, deliveryJobs, deliveryRoutes, specialStepRoutes, taskRoutes, warningSettingRoutes } from './case/index.ts';
import { catalogRoutes, portalCatalogRoutes } from './catalog/index.ts';
import { certificateRoutes } from './certificate/index.ts';
import { guidePdfRoutes } from './guide-pdf/index.ts';
import { identityRoutes } from './identity/index.ts';
import { orgRoutes, staffRoutes } from './org/index.ts';
import { notificationJobs, notificationRoutes } from './notification/index.ts';
import { hallCentersRoutes, hallRoutes, queueConsoleRoutes, queueJobs, queueWindowRoutes } from './queue/index.ts';
import { systemRoutes } from './system/index.ts';
import { feeCallbackRoutes, feeRoutes } from './fee/index.ts';
import { archiveJobs, archiveRoutes } from './archive/index.ts';
import { onlineRoutes } from './online/index.ts';

/** Every module's routes, mounted under /api/v1. */
export const moduleRoutes: ModuleRoutes[] = [identityRoutes, orgRoutes, staffRoutes, auditLogRoutes, calendarRoutes, catalogRoutes, portalCatalogRoutes, guidePdfRoutes, hallCentersRoutes, hallRoutes, queueWindowRoutes, queueConsoleRoutes, hallAppointmentRoutes, appointmentConsoleRoutes, systemRoutes, caseRoutes, caseTrackRoutes, consultationRoutes, taskRoutes, deliveryRoutes, citizenRoutes, certificateRoutes, feeRoutes, feeCallbackRoutes, specialStepRoutes, archiveRoutes, warningSettingRoutes, notificationRoutes, onlineRoutes];

/** Every module's background jobs, registered with the one job runner before it starts. */
export const moduleJobs: ModuleJobs[] = [queueJobs, appointmentJobs, notificationJobs, caseJobs, deliveryJobs, archiveJobs];
