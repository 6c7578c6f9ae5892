// The own effect of each action inside the one write path: the outcome validator, the
// notices it issues, the dates and timestamps it sets on the projection, the SMS it sends and
// the visit it counts. Actions without an entry only move the state (the table did that).
import {
  checkAccept,
  checkCommitment,
  checkInstant,
  checkOneTimeNotice,
  checkRefuse,
  checkWaiver,
  shortfalls,
  type CaseAction,
} from '../../../domain/case/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { ticketServedBy } from '../queue/index.ts';
import { handOverPapers } from './handover/handover.service.ts';
import { collectionOf, dateOf, notify, pending, type Effect, type EffectContext, type Run } from './case.effect-kit.ts';
import { isBadCredit, updateMaterialLine } from './case.queries.ts';
import { dueDatesFrom, requireOk } from './case.rules.ts';
import { decisionEffects } from './decisions/decision.effects.ts';
import { escalationEffects } from './escalation/escalation.effects.ts';
import { feeFlagEffects } from './fees/fee-flag.effects.ts';
import { hearingEffects } from './tasks/special/hearing.effects.ts';

export type { Effect, EffectContext };

const OVERRUN = '逾期未补交的，终止办理，已受理的申请不再审查，并记入申请人信用记录';
const submitTo = (c: EffectContext) => `${c.place.center.name}综合受理窗口（${c.place.center.address ?? ''}）`;
const nameOf = (c: EffectContext, id: string) => c.lines.find((l) => l.materialId === id)?.name ?? id;

function receivedMaterials(c: EffectContext) {
  return c.checklist
    .filter((e) => e.status === 'received' || e.status === 'reused')
    .map((e) => ({ name: nameOf(c, e.materialId), originals: e.originals, copies: e.copies, how: e.status === 'reused' ? `免提交（复用 ${e.reusedFrom ?? ''}）` : '窗口收取' }));
}

const accept: Run = async (tx, c) => {
  requireOk(checkAccept(c.pinned.outcomeItem, c.checklist));
  const due = dueDatesFrom(c.pinned, c.place, c.today);
  const notice = pending('acceptance', {
    receivedOn: dateOf(c.row.receivedAt),
    promisedDate: due.promisedDue,
    collection: collectionOf(c),
    materials: receivedMaterials(c),
  });
  await handOverPapers(tx, c);
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, ...due },
    notices: [notice],
    notify: notify('case.accepted', { promisedDue: due.promisedDue }),
  };
};

const oneTimeNotice: Run = async (_tx, c) => {
  requireOk(checkOneTimeNotice(c.pinned.outcomeItem, c.checklist));
  const list = shortfalls(c.pinned.outcomeItem, c.checklist).filter((s) => s.kind !== 'waived');
  const notice = pending('correction', { receivedOn: dateOf(c.row.receivedAt), shortfalls: list, submitTo: submitTo(c) });
  return { set: {}, notices: [notice], notify: notify('case.correction', { count: String(list.length) }) };
};

/** A visit counts against 最多跑一次: linked to the ticket named, or else the one this clerk is serving. */
async function visitOf(tx: Db, c: EffectContext, visit: 'return' | 'pickup'): Promise<Pick<Effect, 'visit' | 'visitTicketId'>> {
  if (c.input.ticketId || 'system' in c.by) return { visit };
  const serving = await ticketServedBy(tx, c.by.actor.staffId);
  return serving ? { visit, visitTicketId: serving } : { visit };
}

const resume: Run = async (tx, c) => ({ set: {}, notices: [], ...(await visitOf(tx, c, 'return')) });

const refuse: Run = async (_tx, c) => {
  const terms = c.input.refusal ?? { reasons: '', basis: '', competentAgency: '' };
  requireOk(checkRefuse(terms));
  const region = c.place.regionName;
  const notice = pending('non_acceptance', {
    receivedOn: dateOf(c.row.receivedAt),
    ...terms,
    reviewBody: `${region}人民政府`,
    court: `${region}人民法院`,
  });
  return { set: { concludedAt: c.now }, notices: [notice], notify: notify('case.not-accepted', {}) };
};

const acceptWithWaiver: Run = async (tx, c) => {
  const due = dueDatesFrom(c.pinned, c.place, c.today);
  const badCredit = await isBadCredit(tx, c.row.centerPath, c.row.applicantIdType, c.row.applicantIdNumber);
  requireOk(checkWaiver(c.pinned.outcomeItem, c.checklist, { badCredit, today: c.today, promisedDue: due.promisedDue }));
  const waived = c.checklist.filter((e) => e.status === 'waived' && e.waiver).map((e) => ({ name: nameOf(c, e.materialId), format: e.waiver!.format, deadline: e.waiver!.deadline }));
  const waiverDue = waived.map((w) => w.deadline).sort()[0]!;
  const specific = { promisedDate: due.promisedDue, waived, overrun: OVERRUN };
  const notices = [pending('waiver', specific), pending('waiver_pledge', specific)];
  await handOverPapers(tx, c);
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, ...due, waiverDue },
    notices,
    notify: notify('case.waiver-accepted', { waiverDue }),
  };
};

const commitmentApprove: Run = async (tx, c) => {
  const terms = c.input.commitment;
  if (!terms) throw new DomainError('CASE_OUTCOME_REFUSED', { problems: [{ code: 'COMMITMENT_TERMS', message: '请填写承诺内容' }] });
  const full = { conditions: terms.conditions, replacedMaterialIds: terms.replacedMaterialIds ?? [], verifyBy: terms.verifyBy };
  const badCredit = await isBadCredit(tx, c.row.centerPath, c.row.applicantIdType, c.row.applicantIdNumber);
  requireOk(checkCommitment(c.pinned.outcomeItem, c.checklist, full, { badCredit, today: c.today }));
  const notice = pending('commitment', {
    conditions: full.conditions,
    noLongerProven: full.replacedMaterialIds.map((id) => nameOf(c, id)),
    verifyBy: full.verifyBy,
  });
  await handOverPapers(tx, c);
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, promisedDue: c.today, legalDue: c.today, verifyDue: full.verifyBy },
    notices: [notice],
    notify: notify('case.promise-granted', { verifyBy: full.verifyBy }),
  };
};

const instant: Run = async (tx, c) => {
  requireOk(checkInstant(c.pinned.outcomeItem, c.checklist));
  await handOverPapers(tx, c);
  const notice = pending('acceptance', {
    receivedOn: dateOf(c.row.receivedAt),
    promisedDate: c.today,
    collection: '当场办结，窗口当场领取',
    materials: receivedMaterials(c),
    instant: true,
  });
  return { set: { acceptedAt: c.now, acceptedOn: c.today, promisedDue: c.today, legalDue: c.today }, notices: [notice], notify: notify('case.done-on-the-spot', {}) };
};

const waiverSupply: Run = async (_tx, c) => {
  const still = c.checklist.filter((e) => e.status === 'waived');
  if (still.length) {
    throw new DomainError('CASE_OUTCOME_REFUSED', { problems: still.map((e) => ({ code: 'MATERIALS_INCOMPLETE', materialId: e.materialId, message: `容缺材料「${nameOf(c, e.materialId)}」尚未补交` })) });
  }
  return { set: { waiverDue: null }, notices: [] };
};

const waiverFallback: Run = async (_tx, c) => ({
  set: { waiverDue: null, concludedAt: c.now },
  notices: [],
  notify: notify('case.waiver-terminated', {}),
});

const conclude: Run = async (tx, c) => ({ set: { concludedAt: c.now }, notices: [], ...(c.input.pickup ? await visitOf(tx, c, 'pickup') : {}) });

/** The file is already in the file store (content-addressed); the action records it on its line. */
const materialScan: Run = async (tx, c) => {
  const scan = c.input.scan;
  const line = scan && c.lines.find((l) => l.materialId === scan.materialId);
  if (!scan || !line) throw new DomainError('NOT_FOUND', { object: 'caseMaterial', id: scan?.materialId ?? '' });
  if (!line.scans.some((s) => s.sha256 === scan.sha256)) {
    await updateMaterialLine(tx, c.row.id, line.materialId, { scans: [...line.scans, { sha256: scan.sha256, mime: scan.mime, size: scan.size }], updatedAt: c.now });
  }
  return { set: {}, notices: [] };
};

/** The year is imported now: count the due dates again from the acceptance day. */
const clockRecompute: Run = async (_tx, c) => {
  const due = dueDatesFrom(c.pinned, c.place, c.today, c.row.acceptedOn ?? c.today);
  return { set: due, notices: [] };
};
const commitmentVerify: Run = async () => ({ set: { verifyDue: null }, notices: [] });

const effects: Partial<Record<CaseAction, Run>> = {
  'intake.accept': accept,
  'intake.one_time_notice': oneTimeNotice,
  'intake.resume': resume,
  'intake.refuse': refuse,
  'intake.accept_with_waiver': acceptWithWaiver,
  'intake.commitment_approve': commitmentApprove,
  decide_on_spot: instant,
  'waiver.supply': waiverSupply,
  'waiver.fallback': waiverFallback,
  'commitment.verify': commitmentVerify,
  conclude,
  'material.scan': materialScan,
  'clock.recompute': clockRecompute,
  // issue #18: the cabinet's pickup ends the case as conclude does (with no window visit).
  'delivery.collected': conclude,
  ...decisionEffects,
  ...escalationEffects, // 上报件 (decision 0035)
  ...feeFlagEffects,
  // issue #17, special steps (decision 0036)
  ...hearingEffects,
};

export function runEffect(tx: Db, action: CaseAction, c: EffectContext): Promise<Effect> {
  const run = effects[action];
  return run ? run(tx, c) : Promise.resolve({ set: {}, notices: [] });
}
