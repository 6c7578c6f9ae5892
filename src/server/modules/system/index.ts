// Public face of the system administration module: the background jobs page's routes.
export { systemRoutes } from './system.routes.ts';
