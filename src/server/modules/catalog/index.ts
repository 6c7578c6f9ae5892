// Public face of the catalog module: other modules import from here, never its tables.
export { catalogRoutes } from './catalog.routes.ts';
export { portalCatalogRoutes } from './portal.routes.ts';
export { getPublicGuide } from './catalog.read.ts';
export { findItem, findItemPublished, findPublished, findVersion, materialsOf, type VersionRow as VersionRowOf } from './catalog.queries.ts';
export { filesOfVersion, type FileMeta } from './files.queries.ts';
export { promisedReductionFor } from './settings.service.ts';
export { publicBundleItemIds } from './bundles.service.ts';
