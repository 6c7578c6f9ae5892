// 电子送达 (issue #18, decision 0038): an applicant who chose the electronic result at intake (or online since, issue #19) gets
// it the moment the signed e-certificate is issued. The certificate module calls this inside its
// issue transaction, so the certificate, the hand-out record and 办结 are written together or
// not at all; for any other choice it changes nothing.
import type { DeliveryActor } from '../../../../domain/case/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { lockCase } from '../case.queries.ts';
import { choiceOfCase, findDelivery } from './delivery.queries.ts';
import { applyDelivery, lockForDelivery } from './delivery.write.ts';
import { notify } from '../case.effect-kit.ts';

export async function deliverElectronically(
  tx: Db,
  by: { actor: Actor; ip: string },
  caseId: string,
  certificate: { code: string; number: string },
  opts: { publicUrl: string; now: Date },
): Promise<boolean> {
  const row = await lockCase(tx, caseId);
  if (!row || row.state !== 'decided_approved') return false;
  const delivery = await choiceOfCase(tx, caseId, row.applicationId);
  if (delivery?.method !== 'electronic') return false;
  const current = await findDelivery(tx, caseId);
  if (current && current.status !== 'at_window' && current.status !== 'mail_returned') return false;
  const roles: DeliveryActor[] = by.actor.roles;
  const checked = await lockForDelivery(tx, by, caseId, 'electronic.deliver', roles);
  await applyDelivery(
    tx,
    by,
    roles,
    checked,
    {
      action: 'electronic.deliver',
      set: {},
      detail: { certificateNumber: certificate.number, code: certificate.code },
      notify: notify('delivery.electronic', { certificateNo: certificate.number, verifyCode: certificate.code }),
    },
    opts,
  );
  return true;
}
