import { describe, expect, it } from 'vitest';
import { allowedOnlineActions, nextOnlineStatus, onlineActions, onlineStatuses, onlineTransitions } from './states.ts';

describe('online application states', () => {
  it('walks draft → submitted → correction → submitted → accepted', () => {
    const first = { correctionRounds: 0 };
    expect(nextOnlineStatus('draft', 'submit', ['applicant'], first)).toMatchObject({ ok: true, status: 'submitted' });
    expect(nextOnlineStatus('submitted', 'review.request_correction', ['window_clerk'], first)).toMatchObject({
      ok: true,
      status: 'correction_requested',
    });
    expect(nextOnlineStatus('correction_requested', 'resubmit', ['applicant'], { correctionRounds: 1 })).toMatchObject({
      ok: true,
      status: 'submitted',
    });
    expect(nextOnlineStatus('submitted', 'review.accept', ['window_clerk'], { correctionRounds: 1 })).toMatchObject({
      ok: true,
      status: 'accepted',
    });
  });

  it('asks for a correction only once', () => {
    expect(nextOnlineStatus('submitted', 'review.request_correction', ['window_clerk'], { correctionRounds: 1 })).toEqual({
      ok: false,
      reason: 'once',
      status: 'submitted',
    });
    expect(allowedOnlineActions('submitted', ['window_clerk'], { correctionRounds: 1 })).toEqual(['review.accept', 'review.refuse']);
  });

  it('keeps the applicant and the clerk to their own actions', () => {
    const f = { correctionRounds: 0 };
    expect(nextOnlineStatus('submitted', 'review.accept', ['applicant'], f)).toMatchObject({ ok: false, reason: 'role' });
    expect(nextOnlineStatus('draft', 'submit', ['window_clerk'], f)).toMatchObject({ ok: false, reason: 'role' });
    expect(allowedOnlineActions('draft', ['applicant'], f)).toEqual(['submit', 'withdraw']);
    expect(allowedOnlineActions('submitted', ['applicant'], f)).toEqual(['withdraw']);
  });

  it('ends in accepted, refused and withdrawn with nothing more to do', () => {
    for (const s of ['accepted', 'refused', 'withdrawn'] as const) {
      expect(allowedOnlineActions(s, ['applicant', 'window_clerk'], { correctionRounds: 0 })).toEqual([]);
    }
  });

  it('names only known states and actions, and every action has a row', () => {
    for (const t of onlineTransitions) {
      expect(onlineStatuses).toContain(t.to);
      for (const f of t.from) expect(onlineStatuses).toContain(f);
    }
    for (const a of onlineActions) expect(onlineTransitions.some((t) => t.action === a)).toBe(true);
  });
});
