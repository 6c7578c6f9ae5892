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
  type ChecklistEntry,
} from '../../../domain/case/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import type { CaseBy } from './case.actor.ts';
import type { Pinned, Place } from './case.pinned.ts';
import { isBadCredit, type CaseRow, type MaterialLine } from './case.queries.ts';
import { dueDatesFrom, requireOk, type ActInput } from './case.rules.ts';
import type { PendingNotice, Specific } from './notices/issue.ts';

export interface EffectContext {
  row: CaseRow;
  pinned: Pinned;
  place: Place;
  checklist: ChecklistEntry[];
  lines: MaterialLine[];
  input: ActInput;
  by: CaseBy;
  today: string;
  now: Date;
  publicUrl: string;
}

export interface Effect {
  set: Partial<CaseRow>;
  /** Numbered and stored by the write path as its last writes. */
  notices: PendingNotice[];
  sms?: string;
  visit?: 'return' | 'pickup';
}

type Run = (tx: Db, c: EffectContext) => Promise<Effect>;

const OVERRUN = '逾期未补交的，终止办理，已受理的申请不再审查，并记入申请人信用记录';
const sms = (c: EffectContext, text: string) => `【${c.place.center.name}】您申请的“${c.row.itemName}”（办件编号 ${c.row.number}）${text}`;
const pending = <K extends PendingNotice['kind']>(kind: K, specific: Specific<K>) => ({ kind, specific }) as unknown as PendingNotice;
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }); // built once: building one costs more than the rest of an effect
const dateOf = (d: Date) => chinaDate.format(d);
const collectionOf = (c: EffectContext) => `${c.pinned.version.address || c.place.center.address || c.place.center.name}综合出件窗口领取，或申请邮寄送达`;
const submitTo = (c: EffectContext) => `${c.place.center.name}综合受理窗口（${c.place.center.address ?? ''}）`;
const nameOf = (c: EffectContext, id: string) => c.lines.find((l) => l.materialId === id)?.name ?? id;

function receivedMaterials(c: EffectContext) {
  return c.checklist
    .filter((e) => e.status === 'received' || e.status === 'reused')
    .map((e) => ({ name: nameOf(c, e.materialId), originals: e.originals, copies: e.copies, how: e.status === 'reused' ? `免提交（复用 ${e.reusedFrom ?? ''}）` : '窗口收取' }));
}

const accept: Run = async (_tx, c) => {
  requireOk(checkAccept(c.pinned.outcomeItem, c.checklist));
  const due = dueDatesFrom(c.pinned, c.place, c.today);
  const notice = pending('acceptance', {
    receivedOn: dateOf(c.row.receivedAt),
    promisedDate: due.promisedDue,
    collection: collectionOf(c),
    materials: receivedMaterials(c),
  });
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, ...due },
    notices: [notice],
    sms: sms(c, `已受理，承诺 ${due.promisedDue} 前办结。`),
  };
};

const oneTimeNotice: Run = async (_tx, c) => {
  requireOk(checkOneTimeNotice(c.pinned.outcomeItem, c.checklist));
  const list = shortfalls(c.pinned.outcomeItem, c.checklist).filter((s) => s.kind !== 'waived');
  const notice = pending('correction', { receivedOn: dateOf(c.row.receivedAt), shortfalls: list, submitTo: submitTo(c) });
  return { set: {}, notices: [notice], sms: sms(c, `材料需补正，共 ${list.length} 项，详见补正材料通知书。`) };
};

const resume: Run = async () => ({ set: {}, notices: [], visit: 'return' });

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
  return { set: { concludedAt: c.now }, notices: [notice], sms: sms(c, '不予受理，详见不予受理决定书。') };
};

const acceptWithWaiver: Run = async (tx, c) => {
  const due = dueDatesFrom(c.pinned, c.place, c.today);
  const badCredit = await isBadCredit(tx, c.row.centerPath, c.row.applicantIdType, c.row.applicantIdNumber);
  requireOk(checkWaiver(c.pinned.outcomeItem, c.checklist, { badCredit, today: c.today, promisedDue: due.promisedDue }));
  const waived = c.checklist.filter((e) => e.status === 'waived' && e.waiver).map((e) => ({ name: nameOf(c, e.materialId), format: e.waiver!.format, deadline: e.waiver!.deadline }));
  const waiverDue = waived.map((w) => w.deadline).sort()[0]!;
  const specific = { promisedDate: due.promisedDue, waived, overrun: OVERRUN };
  const notices = [pending('waiver', specific), pending('waiver_pledge', specific)];
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, ...due, waiverDue },
    notices,
    sms: sms(c, `已容缺受理，请于 ${waiverDue} 前补交容缺材料，逾期将终止办理。`),
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
  return {
    set: { acceptedAt: c.now, acceptedOn: c.today, promisedDue: c.today, legalDue: c.today, verifyDue: full.verifyBy },
    notices: [notice],
    sms: sms(c, `已按告知承诺制当场准予，${full.verifyBy} 前将进行核查。`),
  };
};

const instant: Run = async (_tx, c) => {
  requireOk(checkInstant(c.pinned.outcomeItem, c.checklist));
  const notice = pending('acceptance', {
    receivedOn: dateOf(c.row.receivedAt),
    promisedDate: c.today,
    collection: '当场办结，窗口当场领取',
    materials: receivedMaterials(c),
    instant: true,
  });
  return { set: { acceptedAt: c.now, acceptedOn: c.today, promisedDue: c.today, legalDue: c.today }, notices: [notice], sms: sms(c, '已当场办结。') };
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
  sms: sms(c, '的容缺材料未在承诺期限内补交，已按规定终止办理。如有疑问请咨询办理窗口。'),
});

const conclude: Run = async (_tx, c) => ({ set: { concludedAt: c.now }, notices: [] });
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
};

export function runEffect(tx: Db, action: CaseAction, c: EffectContext): Promise<Effect> {
  const run = effects[action];
  return run ? run(tx, c) : Promise.resolve({ set: {}, notices: [] });
}
