import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows the ways a database goes away', () => {
    for (const err of [
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P02'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('08001'),
      withCode('53300', 'sorry, too many clients already'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('the hot-path connection was lost'),
    ])
      expect([err.message, isDatabaseUnavailable(err)]).toEqual([err.message, true]);
  });

  it('looks inside wrappers: drizzle’s cause, and the AggregateError of a host with two addresses', () => {
    const drizzle = new Error('Failed query: select 1', { cause: withCode('57P01') });
    expect(isDatabaseUnavailable(drizzle)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(true);
  });

  it('leaves the request’s own errors alone', () => {
    for (const err of [withCode('23505', 'duplicate key'), withCode('22P02'), withCode('40001'), new Error('boom'), new Error('x', { cause: withCode('42P01') }), null, 'ECONNREFUSED'])
      expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
