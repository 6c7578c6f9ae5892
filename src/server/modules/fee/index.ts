// Public face of the fee module (issue #18, 收缴分离, decision 0037): other modules import from here.
export { feeCallbackRoutes, feeRoutes } from './fee.routes.ts';
export { paymentsOfCase } from './fee.archive.ts';
// 我的办件 (issue #19, decision 0045): a case's fees for its applicant, their papers, paying online and the demo payment platform.
export { callbackSecretOf, confirmDemoPayment, demoPayment, feePdfOfCase, feesForApplicant, receiptPdfOfCase, startOnlinePayment } from './fee.online.ts';
