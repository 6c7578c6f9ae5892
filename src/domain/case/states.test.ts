import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../access/roles.ts';
import {
  allowedActions,
  caseActions,
  caseStateInfo,
  caseStates,
  caseTransitions,
  initialStatus,
  itemFactsOf,
  nextState,
  replay,
  type CaseActor,
  type CaseStatus,
  type CaseTransition,
  type ItemFacts,
  type PlaceFacts,
} from './states.ts';

const actors: readonly CaseActor[] = [...roles, 'system', 'applicant'];
const table: readonly CaseTransition[] = caseTransitions;
// upperCenter (上报件, decision 0035): a township's case may be forwarded to the center above.
const itemFactSets: (ItemFacts & PlaceFacts)[] = [false, true].flatMap((instant) =>
  [false, true].flatMap((waiverAllowed) =>
    [false, true].flatMap((commitmentEligible) => [false, true].map((upperCenter) => ({ instant, waiverAllowed, commitmentEligible, upperCenter }))),
  ),
);
// 联办件 (decision 0034): a joint item (a 承诺件 whose joint departments give their opinions).
itemFactSets.push({ instant: false, waiverAllowed: false, commitmentEligible: false, joint: true });
const key = (s: CaseStatus) => JSON.stringify(s);

/** Every status reachable from a new case (window or online) for one kind of item, and the rows used. */
function explore(item: ItemFacts & PlaceFacts) {
  const seen = new Map<string, CaseStatus>();
  const used = new Set<CaseTransition>();
  const todo = [initialStatus('received'), initialStatus('draft')];
  while (todo.length > 0) {
    const s = todo.pop() as CaseStatus;
    if (seen.has(key(s))) continue;
    seen.set(key(s), s);
    for (const action of caseActions) {
      const r = nextState(s, action, actors, item);
      if (r.ok) {
        used.add(r.transition);
        todo.push({ state: r.state, flags: r.flags, decision: r.decision });
      }
    }
  }
  return { statuses: [...seen.values()], used };
}

describe('the case table', () => {
  it('has at most one row per (state, action), so a refusal reason is never ambiguous', () => {
    const pairs = table.map((t) => `${t.from} ${t.action}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('reaches every row from a new case, for some kind of item', () => {
    const used = new Set<CaseTransition>();
    for (const item of itemFactSets) explore(item).used.forEach((t) => used.add(t));
    const unused = table.filter((t) => !used.has(t)).map((t) => `${t.from} ${t.action}`);
    expect(unused).toEqual([]);
  });

  it('reaches every state, and only archived is a dead end', () => {
    for (const item of itemFactSets) {
      const { statuses } = explore(item);
      for (const s of statuses) {
        const anyAction = caseActions.some((a) => nextState(s, a, actors, item).ok);
        expect({ status: s, anyAction }).toEqual({ status: s, anyAction: !caseStateInfo[s.state].terminal });
      }
    }
    const all = itemFactSets.flatMap((i) => explore(i).statuses.map((s) => s.state));
    expect(new Set(all)).toEqual(new Set(caseStates));
  });

  it('uses only known actors', () => {
    for (const t of table) for (const r of t.by) expect(actors).toContain(r);
  });
});

describe('nextState refusals', () => {
  const plain: ItemFacts = { instant: false, waiverAllowed: false, commitmentEligible: false };
  it('refuses an action with no row in the current state and names the state', () => {
    expect(nextState(initialStatus(), 'conclude', actors, plain)).toEqual({ ok: false, reason: 'state', state: 'received' });
  });
  it('refuses a role the row does not list', () => {
    const r = nextState(initialStatus(), 'intake.accept', ['approver', 'cashier'], plain);
    expect(r).toEqual({ ok: false, reason: 'role', state: 'received', allowedRoles: ['window_clerk'] });
  });
  it('refuses 容缺 for an item without a waivable material, 告知承诺 for an ineligible one, 即办 for a 承诺件', () => {
    expect(nextState(initialStatus(), 'intake.accept_with_waiver', ['window_clerk'], plain)).toMatchObject({ reason: 'condition', fact: 'waiverAllowed', expected: true });
    expect(nextState(initialStatus(), 'intake.commitment_approve', ['window_clerk'], plain)).toMatchObject({ reason: 'condition', fact: 'commitmentEligible' });
    expect(nextState(initialStatus(), 'decide_on_spot', ['window_clerk'], plain)).toMatchObject({ reason: 'condition', fact: 'instant' });
  });
  it('a refusal after a one-time notice closes the correction (found by the random-sequence property)', () => {
    const noticed = replay([{ action: 'intake.one_time_notice', roles: ['window_clerk'] }], plain);
    expect(nextState(noticed, 'intake.refuse', ['window_clerk'], plain)).toMatchObject({ ok: true, state: 'not_accepted', flags: { awaitingCorrection: false } });
  });
  it('keeps a one-time notice on the same record and accepts only after the applicant returned', () => {
    const noticed = replay([{ action: 'intake.one_time_notice', roles: ['window_clerk'] }], plain);
    expect(noticed).toEqual({ state: 'received', flags: { awaitingCorrection: true, waiverPending: false, commitmentPending: false, paused: false, extensionPending: false, extended: false, feeDue: false }, decision: null });
    expect(nextState(noticed, 'intake.accept', ['window_clerk'], plain)).toMatchObject({ ok: false, reason: 'condition', fact: 'awaitingCorrection' });
    expect(allowedActions(noticed, ['window_clerk'], plain)).toEqual(['intake.resume', 'intake.refuse', 'withdraw', 'material.scan', 'fee.charge']);
    const resumed = replay([{ action: 'intake.resume', roles: ['window_clerk'] }], plain, noticed);
    expect(nextState(resumed, 'intake.accept', ['window_clerk'], plain)).toMatchObject({ ok: true, state: 'accepted' });
  });
});

describe('the rows that change no state', () => {
  const plain: ItemFacts = { instant: false, waiverAllowed: false, commitmentEligible: false };
  const statusIn = (state: CaseStatus['state']): CaseStatus => ({ state, flags: { ...initialStatus().flags }, decision: null });
  it('material.scan: the window records a scan wherever materials are still added, never after the case ended', () => {
    for (const state of ['received', 'accepted', 'in_review', 'decided_approved'] as const) {
      expect(nextState(statusIn(state), 'material.scan', ['window_clerk'], plain)).toMatchObject({ ok: true, state });
    }
    for (const state of ['not_accepted', 'concluded', 'stopped', 'withdrawn', 'archived', 'draft'] as const) {
      expect(nextState(statusIn(state), 'material.scan', ['window_clerk'], plain)).toMatchObject({ ok: false, reason: 'state' });
    }
    expect(nextState(statusIn('received'), 'material.scan', ['approver'], plain)).toMatchObject({ ok: false, reason: 'role' });
  });
  it('clock.recompute: only the system, only while the clock runs', () => {
    expect(nextState(statusIn('accepted'), 'clock.recompute', ['system'], plain)).toMatchObject({ ok: true, state: 'accepted' });
    expect(nextState(statusIn('in_review'), 'clock.recompute', ['window_clerk', 'department_head'], plain)).toMatchObject({ ok: false, reason: 'role' });
    expect(nextState(statusIn('decided_approved'), 'clock.recompute', ['system'], plain)).toMatchObject({ ok: false, reason: 'state' });
  });
});

describe('itemFactsOf', () => {
  it('reads 即办, 可容缺 and 告知承诺 from the pinned version', () => {
    expect(itemFactsOf({ caseType: 'instant', commitmentEligible: false, materials: [{ waivable: false }, { waivable: true }] })).toEqual({ instant: true, waiverAllowed: true, commitmentEligible: false });
    expect(itemFactsOf({ caseType: 'promised', commitmentEligible: true, materials: [] })).toEqual({ instant: false, waiverAllowed: false, commitmentEligible: true });
  });
});

describe('journeys of the issue', () => {
  const clerk: CaseActor[] = ['window_clerk'];
  it('容缺: accepted with the flag; conclude waits for the material; the overrun job stops the case', () => {
    const item = { instant: false, waiverAllowed: true, commitmentEligible: false };
    const s = replay(
      [
        { action: 'intake.accept_with_waiver', roles: clerk },
        { action: 'review.start', roles: ['approver'] },
        { action: 'decide.approve', roles: ['approver'] },
      ],
      item,
    );
    expect(s).toMatchObject({ state: 'decided_approved', flags: { waiverPending: true }, decision: 'approved' });
    expect(allowedActions(s, ['approver'], item)).not.toContain('conclude');
    expect(replay([{ action: 'waiver.fallback', roles: ['system'] }], item, s)).toMatchObject({ state: 'stopped', flags: { waiverPending: false } });
    const supplied = replay([{ action: 'waiver.supply', roles: clerk }], item, s);
    expect(allowedActions(supplied, ['approver'], item)).toContain('conclude');
  });
  it('告知承诺: decided on the spot, verification pending blocks archiving, a false commitment revokes', () => {
    const item = { instant: false, waiverAllowed: false, commitmentEligible: true };
    const s = replay([{ action: 'intake.commitment_approve', roles: clerk }, { action: 'conclude', roles: clerk }], item);
    expect(s).toMatchObject({ state: 'concluded', flags: { commitmentPending: true }, decision: 'approved' });
    expect(nextState(s, 'archive', ['system'], item)).toMatchObject({ ok: false, fact: 'commitmentPending' });
    expect(replay([{ action: 'commitment.revoke', roles: ['department_head'] }], item, s)).toMatchObject({ state: 'revoked' });
    expect(nextState(s, 'commitment.revoke', ['approver'], item)).toMatchObject({ ok: false, reason: 'role' });
  });
  it('即办件: accepted, decided and concluded at the window', () => {
    const item = { instant: true, waiverAllowed: false, commitmentEligible: false };
    expect(replay([{ action: 'decide_on_spot', roles: clerk }, { action: 'conclude', roles: clerk }], item)).toMatchObject({ state: 'concluded', decision: 'approved' });
  });
  it('延长: asked once, answered by the agency head only; a second request after approval is refused', () => {
    const item = { instant: false, waiverAllowed: false, commitmentEligible: false };
    const s = replay([{ action: 'intake.accept', roles: clerk }, { action: 'review.start', roles: ['approver'] }, { action: 'extension.request', roles: ['approver'] }], item);
    expect(s.flags).toMatchObject({ extensionPending: true, extended: false });
    expect(nextState(s, 'extension.approve', ['approver'], item)).toMatchObject({ ok: false, reason: 'role', allowedRoles: ['department_head'] });
    expect(nextState(s, 'extension.request', ['approver'], item)).toMatchObject({ ok: false, fact: 'extensionPending' });
    const approved = replay([{ action: 'extension.approve', roles: ['department_head'] }], item, s);
    expect(approved.flags).toMatchObject({ extensionPending: false, extended: true });
    expect(nextState(approved, 'extension.request', ['approver'], item)).toMatchObject({ ok: false, reason: 'condition', fact: 'extended', expected: false });
    const rejected = replay([{ action: 'extension.reject', roles: ['department_head'] }], item, s);
    expect(allowedActions(rejected, ['approver'], item)).toContain('extension.request');
  });
  it('endings: terminate by the head before a decision, revoke a decided case, withdraw at the window', () => {
    const item = { instant: false, waiverAllowed: false, commitmentEligible: false };
    const accepted = replay([{ action: 'intake.accept', roles: clerk }, { action: 'pause.start', roles: ['approver'] }], item);
    expect(replay([{ action: 'terminate', roles: ['department_head'] }], item, accepted)).toMatchObject({ state: 'stopped', flags: { paused: false } });
    expect(nextState(accepted, 'terminate', ['approver'], item)).toMatchObject({ ok: false, reason: 'role' });
    const approved = replay([{ action: 'pause.end', roles: ['approver'] }, { action: 'review.start', roles: ['approver'] }, { action: 'decide.approve', roles: ['approver'] }], item, accepted);
    expect(replay([{ action: 'revoke', roles: ['department_head'] }], item, approved)).toMatchObject({ state: 'revoked', decision: 'approved' });
    expect(nextState(approved, 'withdraw', clerk, item)).toMatchObject({ ok: false, reason: 'state' });
    expect(replay([{ action: 'withdraw', roles: clerk }], item, accepted)).toMatchObject({ state: 'withdrawn', flags: { paused: false } });
  });
  it('a pause blocks the decision until it ends', () => {
    const item = { instant: false, waiverAllowed: false, commitmentEligible: false };
    const s = replay([{ action: 'intake.accept', roles: clerk }, { action: 'review.start', roles: ['approver'] }, { action: 'pause.start', roles: ['approver'] }], item);
    expect(nextState(s, 'decide.approve', ['approver'], item)).toMatchObject({ ok: false, fact: 'paused' });
  });
});

describe('random action sequences', () => {
  const step = fc.record({ action: fc.constantFrom(...caseActions), roles: fc.subarray([...actors], { minLength: 1, maxLength: 3 }) });
  const item = fc.record({ instant: fc.boolean(), waiverAllowed: fc.boolean(), commitmentEligible: fc.boolean() });

  it('only ever reach states of the table, with flags only where they mean something', () => {
    fc.assert(
      fc.property(item, fc.constantFrom('received' as const, 'draft' as const), fc.array(step, { maxLength: 40 }), (facts, start, steps) => {
        let s = initialStatus(start);
        for (const { action, roles: rs } of steps) {
          const r = nextState(s, action, rs, facts);
          if (!r.ok) {
            expect(r.state).toBe(s.state);
            expect(allowedActions(s, rs, facts)).not.toContain(action);
            continue;
          }
          expect(allowedActions(s, rs, facts)).toContain(action);
          expect(table).toContain(r.transition);
          s = { state: r.state, flags: r.flags, decision: r.decision };
          expect(caseStates).toContain(s.state);
          if (s.flags.awaitingCorrection) expect(s.state).toBe('received');
          if (s.flags.paused) expect(['accepted', 'in_review']).toContain(s.state);
          if (s.flags.waiverPending) expect(['accepted', 'in_review', 'decided_approved']).toContain(s.state);
          if (s.flags.commitmentPending) expect(['decided_approved', 'concluded']).toContain(s.state);
          if (s.flags.extensionPending) expect(['accepted', 'in_review']).toContain(s.state);
          if (['decided_approved', 'decided_refused', 'revoked'].includes(s.state)) expect(s.decision).not.toBeNull();
          if (['received', 'accepted', 'in_review', 'not_accepted'].includes(s.state)) expect(s.decision).toBeNull();
        }
      }),
      { numRuns: 3000 },
    );
  });
});
