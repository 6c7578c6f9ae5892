// Generated cases (decision 0027): spread over the last two years in office hours (weekends
// quieter, today always a working day so the window's list holds a day's work), in the order
// they were received; each case lives its life along the state table (states.ts) up to now,
// or is held open at a chosen share (for the back office's benchmarks).
import type { CaseState } from '../../../domain/case/index.ts';
import type { BulkSeedCase, BulkSeedStep } from '../../modules/case/index.ts';
import { newId } from '../../platform/ids.ts';
import { enterpriseOf, personOf, prng } from './people.ts';
import type { PlanCenter, PlanItem, SeedPlan } from './plan.ts';

export interface GenerateOptions {
  count: number;
  /** Days back from today the cases cover (default two years). */
  days?: number;
  /** Share of cases left open whatever their age; by default a case is open only while its life is not over yet. */
  openShare?: number | undefined;
  /** Of the open cases, the share held in 审查中 (in_review), where the departments' inboxes are. */
  reviewShare?: number;
  now?: Date;
  seed?: number;
}

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;
const OPEN_AT = 9 * 3_600_000;
const CLOSE_AT = 17.5 * 3_600_000;

/** Office-hours intervals of the last `days` days (UTC instants), weekends at 15% of a weekday. */
export function officeHours(now: Date, days: number): { from: number; to: number; weight: number }[] {
  const todayStart = Math.floor((now.getTime() + BEIJING) / DAY) * DAY - BEIJING;
  const out = [];
  for (let d = days - 1; d >= 0; d--) {
    const start = todayStart - d * DAY;
    const weekday = new Date(start + BEIJING).getUTCDay();
    const weekend = d > 0 && (weekday === 0 || weekday === 6);
    let from = start + OPEN_AT;
    const to = Math.min(start + CLOSE_AT, now.getTime());
    if (d === 0 && to <= from) from = start; // before opening: the early hours, so today is never empty
    if (to > from) out.push({ from, to, weight: (weekend ? 0.15 : 1) * (to - from) });
  }
  return out;
}

/** The instant at fraction u (0..1) of the weighted office hours: monotonic in u. */
function instantAt(hours: ReturnType<typeof officeHours>, cumulative: number[], u: number): number {
  const total = cumulative[cumulative.length - 1]!;
  const x = u * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  const h = hours[lo]!;
  const before = lo ? cumulative[lo - 1]! : 0;
  return Math.floor(h.from + ((x - before) / h.weight) * (h.to - h.from));
}

/** Monday–Friday from an instant, as a Beijing date (the calendar's 调休 is left out: test data). */
function addWorkdays(at: number, n: number): string {
  let t = at;
  let left = n;
  while (left > 0) {
    t += DAY;
    const wd = new Date(t + BEIJING).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return beijingDate(t);
}
const beijingDate = (t: number) => new Date(t + BEIJING).toISOString().slice(0, 10);

interface Draft {
  action: BulkSeedStep['action'];
  to: CaseState;
  at: number;
  back: boolean;
}

/** The whole life the case would have, each step after the one before it. */
function life(item: PlanItem, start: number, rand: () => number): Draft[] {
  const minutes = (a: number, b: number) => (a + rand() * (b - a)) * 60_000;
  const daysLater = (a: number, b: number) => (a + rand() * (b - a)) * DAY;
  const steps: Draft[] = [{ action: 'create', to: 'received', at: start, back: false }];
  let t = start;
  const step = (action: Draft['action'], to: CaseState, dt: number, back = false) => {
    t += dt;
    steps.push({ action, to, at: t, back });
  };
  const fate = rand();
  if (fate < 0.03) {
    step('intake.refuse', 'not_accepted', minutes(5, 20));
    return steps;
  }
  if (fate < 0.07) {
    step('intake.one_time_notice', 'received', minutes(5, 20));
    step('intake.resume', 'received', daysLater(1, 10));
  }
  if (item.caseType === 'instant') {
    step('decide_on_spot', 'decided_approved', minutes(5, 30));
    step('conclude', 'concluded', minutes(1, 10));
    return steps;
  }
  if (item.commitment && rand() < 0.3) {
    step('intake.commitment_approve', 'decided_approved', minutes(5, 30));
    step('conclude', 'concluded', minutes(1, 10));
    step('commitment.verify', 'concluded', daysLater(10, 60), true);
    return steps;
  }
  const waived = item.waivableSeqs.length > 0 && rand() < 0.15;
  step(waived ? 'intake.accept_with_waiver' : 'intake.accept', 'accepted', minutes(5, 30));
  if (waived) step('waiver.supply', 'accepted', daysLater(1, 5), true);
  if (rand() < 0.015) {
    step('withdraw', 'withdrawn', daysLater(1, 5));
    return steps;
  }
  const limit = Math.max(1, item.promisedDays ?? item.legalDays ?? 10);
  step('review.start', 'in_review', daysLater(0.5, 2));
  const refused = rand() < 0.025;
  step(refused ? 'decide.refuse' : 'decide.approve', refused ? 'decided_refused' : 'decided_approved', daysLater(0.3, limit * 1.2));
  step('conclude', 'concluded', daysLater(0.5, 5));
  return steps;
}

/** Where an open case stops: in_review at `reviewShare`, otherwise any earlier open step. */
function openPrefix(steps: Draft[], reviewShare: number, rand: () => number): Draft[] {
  const open = new Set<CaseState>(['received', 'accepted', 'in_review', 'decided_approved', 'decided_refused']);
  const ends = steps.map((s, i) => i).filter((i) => open.has(steps[i]!.to) && !steps[i]!.back);
  const review = ends.find((i) => steps[i]!.to === 'in_review');
  const end = review !== undefined && rand() < reviewShare ? review : ends[Math.floor(rand() * ends.length)]!;
  return steps.slice(0, end + 1);
}

/** Cases first..first+n-1 of `count`, in the order received. Deterministic for (seed, index). */
export function generateCases(plan: SeedPlan, opts: GenerateOptions, first: number, n: number): BulkSeedCase[] {
  const now = opts.now ?? new Date();
  const hours = officeHours(now, opts.days ?? 730);
  let sum = 0;
  const cumulative = hours.map((h) => (sum += h.weight));
  const seed = opts.seed ?? 16;
  // The county takes most cases; the townships share the rest.
  const weights = plan.centers.map((_, i) => (i === 0 ? 8 : 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  // A few items carry most of the work (Zipf over a fixed shuffle of each center's items).
  const itemWeights = plan.centers.map((c) => {
    const r = prng(seed + c.items.length);
    const rank = c.items.map((_, i) => ({ i, k: r() })).sort((a, b) => a.k - b.k);
    const w = new Array<number>(c.items.length);
    rank.forEach((x, pos) => (w[x.i] = 1 / (pos + 1)));
    let s = 0;
    return w.map((x) => (s += x));
  });
  const people = Math.max(1, Math.floor(opts.count * 0.6));
  const firms = Math.max(1, Math.floor(opts.count * 0.05));
  const out: BulkSeedCase[] = [];
  for (let i = first; i < first + n; i++) {
    const rand = prng(seed * 1_000_003 + i);
    const receivedAt = instantAt(hours, cumulative, (i + 0.5) / opts.count);
    let x = rand() * weightSum;
    let ci = 0;
    while (x >= weights[ci]!) x -= weights[ci++]!;
    const center: PlanCenter = plan.centers[ci]!;
    const cw = itemWeights[ci]!;
    const y = rand() * cw[cw.length - 1]!;
    const item = center.items[cw.findIndex((c) => y < c)]!;
    const clerk = center.clerks[Math.floor(rand() * center.clerks.length)]!;
    let steps = life(item, receivedAt, rand);
    if (opts.openShare !== undefined) {
      steps = rand() < opts.openShare ? openPrefix(steps, opts.reviewShare ?? 0.5, rand) : steps;
      // A case closed at any age: its life squeezed into the time there was.
      const span = steps[steps.length - 1]!.at - receivedAt;
      const room = now.getTime() - receivedAt;
      if (span > room) steps = steps.map((s) => ({ ...s, at: receivedAt + Math.floor(((s.at - receivedAt) / span) * room) }));
    } else {
      steps = steps.filter((s) => s.at <= now.getTime());
    }
    const last = steps[steps.length - 1]!;
    const has = (a: BulkSeedStep['action']) => steps.some((s) => s.action === a);
    const at = (...as: BulkSeedStep['action'][]) => steps.find((s) => as.includes(s.action))?.at ?? null;
    const acceptedAt = at('intake.accept', 'intake.accept_with_waiver', 'intake.commitment_approve', 'decide_on_spot');
    const decidedAt = at('decide.approve', 'decide.refuse', 'intake.commitment_approve', 'decide_on_spot');
    const concludedAt = at('conclude', 'intake.refuse', 'withdraw');
    const onSpot = has('intake.commitment_approve') || has('decide_on_spot');
    const limit = item.promisedDays ?? item.legalDays ?? 10;
    const waiverPending = has('intake.accept_with_waiver') && !has('waiver.supply');
    const awaitingCorrection = has('intake.one_time_notice') && !has('intake.resume');
    const applicant: BulkSeedCase['applicant'] = item.enterprise
      ? (({ uscc, name, legalRepresentative, phone, address }) => ({ kind: 'enterprise' as const, idType: 'uscc' as const, idNumber: uscc, name, legalRepresentative, phone, address }))(enterpriseOf(Math.floor(rand() * firms)))
      : (({ idNumber, name, phone, address }) => ({ kind: 'person' as const, idType: '111' as const, idNumber, name, legalRepresentative: null, phone, address }))(personOf(Math.floor(rand() * people)));
    const channel = rand();
    const backOffice = (s: Draft) => ['review.start', 'decide.approve', 'decide.refuse', 'commitment.verify'].includes(s.action);
    let from: CaseState | null = null;
    const history: BulkSeedStep[] = steps.map((s) => {
      const actor = backOffice(s) && center.approver ? center.approver : clerk;
      const row = { action: s.action, from, to: s.to, at: new Date(s.at), actorId: actor.id, actorName: actor.name, role: actor === clerk ? 'window_clerk' : 'approver' };
      from = s.to;
      return row;
    });
    const id = newId(receivedAt);
    out.push({
      id,
      applicationId: newId(receivedAt),
      visitId: newId(receivedAt),
      centerId: center.id,
      centerPath: center.path,
      departmentId: item.departmentId,
      departmentName: item.departmentName,
      itemId: item.itemId,
      versionId: item.versionId,
      itemName: item.name,
      itemCode: item.code,
      caseType: item.caseType,
      state: last.to,
      awaitingCorrection,
      waiverPending,
      commitmentPending: has('intake.commitment_approve') && !has('commitment.verify'),
      decision: has('decide.refuse') ? 'refused' : decidedAt ? 'approved' : null,
      applicant,
      channel: channel < 0.85 ? 'window' : channel < 0.95 ? 'online' : channel < 0.97 ? 'mail' : 'proxy',
      serviceMode: rand() < 0.9 ? 'standard' : 'assisted',
      formData: { 联系地址: applicant.address },
      receivedBy: clerk.id,
      receivedAt: new Date(receivedAt),
      acceptedAt: acceptedAt === null ? null : new Date(acceptedAt),
      decidedAt: decidedAt === null ? null : new Date(decidedAt),
      concludedAt: concludedAt === null ? null : new Date(concludedAt),
      acceptedOn: acceptedAt === null ? null : beijingDate(acceptedAt),
      promisedDue: acceptedAt === null ? null : onSpot ? beijingDate(acceptedAt) : addWorkdays(acceptedAt, limit),
      legalDue: acceptedAt === null ? null : onSpot ? beijingDate(acceptedAt) : addWorkdays(acceptedAt, item.legalDays ?? limit),
      waiverDue: waiverPending ? addWorkdays(acceptedAt!, 5) : null,
      promisedVisits: item.visits,
      missingSeq: awaitingCorrection ? (item.materialSeqs[0] ?? null) : null,
      waivedSeq: waiverPending ? (item.waivableSeqs[0] ?? null) : null,
      history,
    });
  }
  return out;
}
