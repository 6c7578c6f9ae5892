// Public face of the fee module (issue #18, 收缴分离, decision 0037): other modules import from here.
export { feeCallbackRoutes, feeRoutes } from './fee.routes.ts';
export { paymentsOfCase } from './fee.archive.ts';
