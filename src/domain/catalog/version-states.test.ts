import { describe, expect, it } from 'vitest';
import { actionsByState, canDo, nextState, versionStates, versionTransitions } from './version-states.ts';

describe('item version state machine', () => {
  it('publishes a draft and retires a published version', () => {
    expect(nextState('draft', 'publish')).toBe('published');
    expect(nextState('published', 'retire')).toBe('retired');
    expect(nextState('published', 'supersede')).toBe('retired');
    expect(nextState('draft', 'edit')).toBe('draft');
  });

  it('never edits or republishes a published or retired version', () => {
    expect(nextState('published', 'edit')).toBeUndefined();
    expect(nextState('published', 'publish')).toBeUndefined();
    expect(canDo('retired', 'edit')).toBe(false);
    expect(canDo('retired', 'publish')).toBe(false);
    expect(canDo('draft', 'retire')).toBe(false);
  });

  it('lists per state exactly the actions of the transition table', () => {
    for (const s of versionStates) {
      const fromTable = versionTransitions.filter((t) => t.state === s).map((t) => t.action).sort();
      expect([...actionsByState[s]].sort()).toEqual(fromTable);
    }
  });
});
