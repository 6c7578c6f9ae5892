// fee.charge and fee.settle (issue #18, decision 0037) only move the case's feeDue flag; the
// notice, its payments, waivers and refunds are the fee module's records. The fee module's
// one write path calls actOnCase with `input.fee` inside its own transaction. The case's HTTP
// route has no such field, so a request there cannot open or clear a fee behind the fee
// module's back: it is refused here.
import type { CaseAction } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Run } from '../case.effect-kit.ts';

const throughFees: Run = async (_tx, c) => {
  if (!c.input.fee) throw new DomainError('FEE_ACTION_VIA_FEES');
  return { set: {}, notices: [] };
};

export const feeFlagEffects: Partial<Record<CaseAction, Run>> = {
  'fee.charge': throughFees,
  'fee.settle': throughFees,
};
