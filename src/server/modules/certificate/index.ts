// Public face of the e-certificate module (电子证照, issue #18, decision 0039).
export { certificateRoutes } from './certificate.routes.ts';
/** For the archive: a case's e-certificates with their PDFs as issued. */
export { certificatePdfsOfCase } from './certificate.service.ts';
export { rotateSigningKey, listSigningKeys } from './certificate.keys.ts';
/** 免提交 (issue #19): an applicant's e-certificates in force, offered for reuse online. */
export { certificatesOfCases, certificatePdfForCases, type ReusableCertificate } from './certificate.reuse.ts';
