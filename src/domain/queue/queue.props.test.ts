import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareQueued,
  formatTicketNumber,
  nextNumber,
  pickNext,
  priorities,
  priorityRank,
  ticketStates,
  type QueuedTicket,
} from './index.ts';

const categories = ['A', 'B', 'C', 'D'];
const base = Date.UTC(2026, 5, 1, 1, 0);

const ticket = fc.record({
  id: fc.uuid(),
  queueCategoryId: fc.constantFrom(...categories),
  priority: fc.constantFrom(...priorities),
  state: fc.constantFrom(...ticketStates),
  createdAt: fc.integer({ min: 0, max: 8 * 3600 }).map((s) => new Date(base + s * 1000)),
  targetWindowId: fc.option(fc.constantFrom('w1', 'w2'), { nil: null }),
});
const window = fc.record({ id: fc.constantFrom('w1', 'w2'), categoryIds: fc.subarray(categories) });
const now = new Date(base + 9 * 3600 * 1000);

describe('pickNext properties', () => {
  it('never returns a ticket of a category the window does not serve, nor one sent to another window', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ticket, { selector: (t) => t.id, maxLength: 40 }), window, (queue, w) => {
        const picked = pickNext(queue, w, now);
        if (picked) {
          expect(w.categoryIds).toContain(picked.queueCategoryId);
          expect(picked.targetWindowId == null || picked.targetWindowId === w.id).toBe(true);
          expect(['waiting', 'transferred']).toContain(picked.state);
        }
      }),
    );
  });

  it('puts priority before arrival: no eligible ticket is strictly ahead of the pick', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ticket, { selector: (t) => t.id, maxLength: 40 }), window, (queue, w) => {
        const picked = pickNext(queue, w, now);
        const eligible = queue.filter((t) => pickNext([t], w, now) !== undefined);
        expect(picked === undefined).toBe(eligible.length === 0);
        if (!picked) return;
        for (const t of eligible) {
          expect(priorityRank[t.priority]).toBeGreaterThanOrEqual(priorityRank[picked.priority]);
          if (priorityRank[t.priority] === priorityRank[picked.priority])
            expect(t.createdAt.getTime()).toBeGreaterThanOrEqual(picked.createdAt.getTime());
        }
      }),
    );
  });

  it('drains a queue in one total order whatever the input order (every process agrees)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ticket, { selector: (t) => t.id, maxLength: 30 }), window, (queue, w) => {
        const drain = (q: QueuedTicket[]) => {
          const out: string[] = [];
          for (let rest = [...q], p = pickNext(rest, w, now); p; p = pickNext(rest, w, now)) {
            out.push(p.id);
            rest = rest.filter((x) => x !== p);
          }
          return out;
        };
        const forward = drain(queue);
        expect(drain([...queue].reverse())).toEqual(forward);
        const ids = queue
          .filter((t) => pickNext([t], w, now))
          .sort(compareQueued)
          .map((t) => t.id);
        expect(forward).toEqual(ids);
      }),
    );
  });
});

describe('numbering properties', () => {
  it('issues distinct, increasing, well-formed numbers within a category and day, whatever range edits happen', () => {
    const edit = fc.record({
      rangeStart: fc.integer({ min: 1, max: 500 }),
      span: fc.integer({ min: 0, max: 600 }),
      dailyQuota: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(edit, fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 8 }), (plan) => {
        let last: number | undefined;
        let issued = 0;
        const numbers: string[] = [];
        for (const [e, takes] of plan) {
          const rules = { rangeStart: e.rangeStart, rangeEnd: e.rangeStart + e.span, dailyQuota: e.dailyQuota };
          for (let i = 0; i < takes; i++) {
            const n = nextNumber(last, issued, rules);
            if (!n.ok) break;
            expect(n.seq).toBeGreaterThanOrEqual(rules.rangeStart);
            expect(n.seq).toBeLessThanOrEqual(rules.rangeEnd);
            if (last !== undefined) expect(n.seq).toBeGreaterThan(last);
            last = n.seq;
            issued++;
            numbers.push(formatTicketNumber('A', n.seq, 9999));
          }
        }
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const n of numbers) expect(n).toMatch(/^A\d{4}$/);
      }),
    );
  });
});
