// Public face of the org module: other modules import from here, never its tables.
export { orgRoutes } from './org.routes.ts';
export { staffRoutes } from './staff.routes.ts';
export { resolveActor, resolveSessionActor, insertStaffAccount } from './staff.service.ts';
export { departmentStaff, findStaff, findStaffByUsername } from './staff.queries.ts';
export { assertCenterInScope, centerIdInScope } from './org.scope.ts';
export { assertRegionInScope, regionScopeOf } from './region-scope.ts';
export type { Who } from './org.service.ts';
export { assertWindowInScope, findPublicCenter, findWindowAtPost, listCenterWindows, listPublicCenters, staffNames, type WindowAtPost } from './window-lookup.ts';
export { diffFields } from './changes.ts';
export { centerCodeOf, centerIdsInScope, centerPathOf, centersAround, centersById, departmentNames, departmentsAround, findCenter, regionNameOf, findDepartment, type CenterRow, type DepartmentRow } from './center-lookup.ts';
export { clearMustChangePassword, countFailedSignIn, lockStaffUntil, recordStaffSignIn } from './sign-in-state.ts';
export type { StaffRow } from './staff.queries.ts';
