import { describe, expect, it } from 'vitest';
import { isCall, parseQueueEvents } from './live.protocol.ts';

describe('queue notification payloads', () => {
  const e = { centerId: 'c1', ticketId: 't1', windowId: 'w1', action: 'call' };

  it('reads one event or an array of them (a writer batches the events of a moment)', () => {
    expect(parseQueueEvents(JSON.stringify(e))).toEqual([e]);
    expect(parseQueueEvents(JSON.stringify([e, { ...e, ticketId: 't2', action: 'finish' }]))).toEqual([
      e,
      { ...e, ticketId: 't2', action: 'finish' },
    ]);
    expect(parseQueueEvents(JSON.stringify({ centerId: 'c1', action: 'close_day' }))).toEqual([
      { centerId: 'c1', ticketId: null, windowId: null, action: 'close_day' },
    ]);
  });

  it('skips what is not an event instead of failing the batch', () => {
    expect(parseQueueEvents('not json')).toEqual([]);
    expect(parseQueueEvents('')).toEqual([]);
    expect(parseQueueEvents(JSON.stringify([null, 3, { centerId: 'c1' }, e]))).toEqual([e]);
  });

  it('announces calls and recalls at a window, nothing else', () => {
    expect(isCall(e)).toBe(true);
    expect(isCall({ ...e, action: 'recall' })).toBe(true);
    expect(isCall({ ...e, action: 'finish' })).toBe(false);
    expect(isCall({ ...e, windowId: null })).toBe(false);
  });
});
