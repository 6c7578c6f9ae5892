// The own effects of the 上报件 rows inside the one write path (decision 0035): what each sets
// on its case's projection and the SMS it sends. The linked case above is created, and a
// decision above brought back, by escalation.service.ts in the same transaction.
import type { CaseAction } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { findCenter } from '../../org/index.ts';
import { notify, type Run } from '../case.effect-kit.ts';
import { dueDatesFrom } from '../case.rules.ts';

/** Where the applicant collects a 上报件's result: the window of origin (统一窗口出件). */
export const originCollection = (center: { name: string; address: string | null }) => `${center.name}（${center.address ?? ''}）综合出件窗口领取，或申请邮寄送达`;

const escalate: Run = async (tx, c) => {
  if (!c.input.note?.trim()) throw new DomainError('CASE_OUTCOME_REFUSED', { problems: [{ code: 'ESCALATION_REASON', message: '请填写上报理由' }] });
  const upper = c.place.center.parentId ? await findCenter(tx, c.place.center.parentId) : undefined;
  if (!upper) throw new DomainError('NOT_FOUND', { object: 'center', id: c.place.center.parentId ?? '' });
  return { set: {}, notices: [], notify: notify('case.escalated', { upperName: upper.name }) };
};

/** The case above arrives accepted: its own clocks from today, no notice (the applicant was told at the window of origin). */
const arrive: Run = async (_tx, c) => ({ set: { acceptedAt: c.now, acceptedOn: c.today, ...dueDatesFrom(c.pinned, c.place, c.today) }, notices: [] });

const approvedAbove: Run = async (_tx, c) => {
  const cert = c.input.certificate;
  return {
    set: {
      certificate: cert ? { name: cert.name, number: cert.number, validUntil: cert.validUntil ?? null, issuingBody: cert.issuingBody } : null,
      certificateDue: c.input.escalation?.certificateDue ?? null,
    },
    notices: [],
    notify: notify('case.approved-above', { resultName: cert?.name ?? '办理结果' }),
  };
};

const refusedAbove: Run = async () => ({ set: {}, notices: [], notify: notify('case.refused-above', {}) });
const endedAbove: Run = async (_tx, c) => ({ set: { concludedAt: c.now }, notices: [] });
const deliveredBelow: Run = async (_tx, c) => ({ set: { concludedAt: c.now }, notices: [] });
/** The applicant was told at the window of origin (its 撤回 notice); above, the case only stops. */
const withdrawnBelow: Run = async (_tx, c) => ({ set: { concludedAt: c.now }, notices: [] });

export const escalationEffects: Partial<Record<CaseAction, Run>> = {
  escalate,
  'escalation.accept': arrive,
  'escalation.approve': approvedAbove,
  'escalation.refuse': refusedAbove,
  'escalation.end': endedAbove,
  'escalation.deliver': deliveredBelow,
  'escalation.withdraw': withdrawnBelow,
};
