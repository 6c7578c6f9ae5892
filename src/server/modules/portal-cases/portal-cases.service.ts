// 我的办件 (issue #19, decision 0045): the citizen-facing use cases, composed from the modules
// that own the data. Which cases: those whose applicant is one of the identities the citizen
// module says the account may follow (`subjectIdentities`: themself once real-name bound;
// enterprises and mandates join there). The case module reads and writes its tables, the fee
// module its notices and payments, the certificate module its e-certificates; this module owns
// no table. A case of anyone else answers 404 before any other module is asked.
import type { AppContext, Citizen } from '../../platform/context.ts';
import { applicantCase, applicantCaseView, casesOfApplicants, type ApplicantIdentity, chooseDeliveryByApplicant, noticePdfOfCase, withdrawByApplicant, type ApplicantActor, type ApplicantDeliveryChoice } from '../case/index.ts';
import { certificatePdfOfCase, certificatesForApplicant } from '../certificate/index.ts';
import { subjectIdentities, type SubjectIdentity } from '../citizen/index.ts';
import { caseIdsAppliedBy } from '../online/index.ts';
import { feePdfOfCase, feesForApplicant, receiptPdfOfCase, startOnlinePayment } from '../fee/index.ts';

/**
 * The identities whose cases the account sees. An enterprise's handler and an agent under a
 * mandate see only the cases they applied for themselves (online), never the rest of the
 * enterprise's or the principal's.
 */
async function identities(ctx: AppContext, citizen: Citizen): Promise<(SubjectIdentity & ApplicantIdentity)[]> {
  const ids = await subjectIdentities(ctx.db, citizen);
  if (!ids.some((i) => i.ownOnly)) return ids;
  const own = await caseIdsAppliedBy(ctx.db, citizen.accountId);
  return ids.map((i) => (i.ownOnly ? { ...i, onlyCaseIds: own } : i));
}

async function actorOf(ctx: AppContext, citizen: Citizen, ip: string): Promise<ApplicantActor> {
  const self = (await identities(ctx, citizen)).find((i) => i.kind === 'self');
  return { accountId: citizen.accountId, name: self?.name ?? citizen.mobile, ip };
}

export async function myCases(ctx: AppContext, citizen: Citizen) {
  const ids = await identities(ctx, citizen);
  return { items: await casesOfApplicants(ctx.db, ids), verified: ids.length > 0 };
}

export async function myCase(ctx: AppContext, citizen: Citizen, caseId: string) {
  const view = await applicantCaseView(ctx.db, await identities(ctx, citizen), caseId);
  const [fees, certificates] = await Promise.all([feesForApplicant(ctx.db, caseId), certificatesForApplicant(ctx.db, caseId)]);
  return { ...view, fees, certificates };
}

/** The case is the citizen's (else 404), then the owning module answers. */
async function own(ctx: AppContext, citizen: Citizen, caseId: string): Promise<void> {
  await applicantCase(ctx.db, await identities(ctx, citizen), caseId);
}

export async function myNoticePdf(ctx: AppContext, citizen: Citizen, caseId: string, noticeId: string) {
  await own(ctx, citizen, caseId);
  return noticePdfOfCase(ctx, caseId, noticeId);
}

export async function myFeePdf(ctx: AppContext, citizen: Citizen, caseId: string, feeId: string) {
  await own(ctx, citizen, caseId);
  return feePdfOfCase(ctx, caseId, feeId);
}

export async function myReceiptPdf(ctx: AppContext, citizen: Citizen, caseId: string, feeId: string) {
  await own(ctx, citizen, caseId);
  return receiptPdfOfCase(ctx, caseId, feeId);
}

export async function myCertificatePdf(ctx: AppContext, citizen: Citizen, caseId: string, certificateId: string) {
  await own(ctx, citizen, caseId);
  return certificatePdfOfCase(ctx.db, caseId, certificateId);
}

export async function payMyFee(ctx: AppContext, citizen: Citizen, caseId: string, feeId: string) {
  await own(ctx, citizen, caseId);
  return startOnlinePayment(ctx, caseId, feeId);
}

export async function chooseMyDelivery(ctx: AppContext, citizen: Citizen, ip: string, caseId: string, choice: ApplicantDeliveryChoice) {
  await chooseDeliveryByApplicant(ctx.db, await identities(ctx, citizen), await actorOf(ctx, citizen, ip), caseId, choice);
  return myCase(ctx, citizen, caseId);
}

export async function withdrawMyCase(ctx: AppContext, citizen: Citizen, ip: string, caseId: string, input: { reason: string; idempotencyKey: string }, publicUrl: string) {
  await withdrawByApplicant(ctx.db, await identities(ctx, citizen), await actorOf(ctx, citizen, ip), caseId, input, { publicUrl });
  return myCase(ctx, citizen, caseId);
}
