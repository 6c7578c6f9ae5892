// The hearing's dates over the real calendar against a count written here on its own: chinese-days
// (the upstream data, not our WorkCalendar) says which days are working days; the last day to
// ask is 5 plain days after being told, moved to the next working day; the hearing is held by
// the 20th working day after the request and noticed at least 7 plain days before.
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../../calendar/index.ts';
import { checkRequest, checkSchedule, hearingLogOf, hearingView } from './hearing-plan.ts';

const cal = officialCalendar();
function plus(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function naiveRequestBy(told: string): string {
  let d = plus(told, 5);
  while (!chineseDays.isWorkday(d)) d = plus(d, 1);
  return d;
}
function naiveHoldBy(requested: string): string {
  let d = requested;
  for (let n = 0; n < 20; ) {
    d = plus(d, 1);
    if (chineseDays.isWorkday(d)) n++;
  }
  return d;
}

const told = fc.integer({ min: 0, max: 300 }).map((n) => plus('2025-01-02', n));

describe('hearing dates over the real 2025–2026 calendar', () => {
  it('the request window and the hearing window equal a day-by-day count', () => {
    fc.assert(
      fc.property(told, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 45 }), (toldOn, reqOffset, noticeLag, hearOffset) => {
        const log = hearingLogOf([{ action: 'hearing.inform', on: toldOn, hearing: { parties: ['甲'] } }]);
        const requestBy = naiveRequestBy(toldOn);
        const requestedOn = plus(toldOn, reqOffset);
        const r = checkRequest(log, requestedOn, requestedOn, cal);
        expect(r.ok).toBe(requestedOn <= requestBy);
        if (!r.ok) return;
        const requested = hearingLogOf([
          { action: 'hearing.inform', on: toldOn, hearing: { parties: ['甲'] } },
          { action: 'hearing.request', on: requestedOn, hearing: { requestedOn, requestedBy: '甲' } },
        ]);
        const noticeOn = plus(requestedOn, noticeLag);
        const view = hearingView(requested, noticeOn, cal);
        expect(view.requestBy).toBe(requestBy);
        expect(view.holdBy).toBe(naiveHoldBy(requestedOn));
        // A hearing noticed today on the earliest day keeps both rules whenever that day is within the window.
        const scheduledOn = plus(noticeOn, hearOffset);
        const s = checkSchedule(requested, scheduledOn, noticeOn, cal);
        const expected = chineseDays.isWorkday(scheduledOn) && plus(noticeOn, 7) <= scheduledOn && scheduledOn <= naiveHoldBy(requestedOn);
        expect(s.ok).toBe(expected);
        // The earliest day a notice sent on the request day allows is always inside the 20 working days.
        expect(hearingView(requested, requestedOn, cal).earliestHearing! <= view.holdBy!).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
