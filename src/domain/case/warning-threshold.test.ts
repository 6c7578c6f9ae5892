import { describe, expect, it } from 'vitest';
import { isValidYellowThreshold, thresholdAt } from './warning-threshold.ts';

describe('the per-center yellow threshold', () => {
  it('a township follows the county unless it has its own; else the default of one working day', () => {
    const own = new Map([['county', 3]]);
    expect(thresholdAt(['county'], own)).toEqual({ effective: 3, source: 'own' });
    expect(thresholdAt(['county', 'town'], own)).toEqual({ effective: 3, source: 'inherited' });
    expect(thresholdAt(['county', 'town'], new Map([...own, ['town', 0]]))).toEqual({ effective: 0, source: 'own' });
    expect(thresholdAt(['other'], own)).toEqual({ effective: 1, source: 'default' });
  });

  it('accepts whole working days from 0 to 10 only', () => {
    expect([0, 1, 10].every(isValidYellowThreshold)).toBe(true);
    expect([-1, 11, 1.5, '2', null].some(isValidYellowThreshold)).toBe(false);
  });
});
