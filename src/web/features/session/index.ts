export * from './me.ts';
export { RequirePermission } from './RequirePermission.tsx';
