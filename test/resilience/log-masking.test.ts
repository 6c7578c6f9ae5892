import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform, type Platform } from '../../src/server/main.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { testDatabase } from '../db.ts';
import { signIn } from '../harness.ts';

// Issue #15, 1b: no phone or ID number, and no session token, leaves through the logger in
// clear, wherever it hides in an error: message, stack, nested cause, AggregateError, a
// database error's detail, a failed query's parameters.

const PHONE = '13912345678';
const ID_NUMBER = '610429198506071231';

describe('what leaves through the logger', () => {
  let database: Database;
  let p: Platform;
  let output = '';
  const capture = new Writable({
    write(chunk: Buffer, _enc, done) {
      output += chunk.toString();
      done();
    },
  });

  beforeAll(async () => {
    database = await testDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DEMO: 'off', LOG_LEVEL: 'info', WEB_DIST: '/nonexistent' });
    p = await createPlatform(config, { database, log: createLogger('info', capture) });
  });
  afterAll(async () => {
    await p?.stop();
    await database?.close();
  });

  async function failingQuery(): Promise<Error> {
    try {
      await p.ctx.db.execute(sql`SELECT ${PHONE}::int AS phone, ${ID_NUMBER}::date AS id_number`);
    } catch (err) {
      return err as Error;
    }
    throw new Error('the query did not fail');
  }

  it('masks a failed query carrying a phone and an ID number in its parameters, however it is logged', async () => {
    const err = await failingQuery();
    // The raw error does carry both numbers (in its message and stack): the logger must hide them.
    expect(`${err.message}\n${err.stack}`).toContain(PHONE);
    expect(`${err.message}\n${err.stack}`).toContain(ID_NUMBER);
    output = '';
    p.ctx.log.error({ err }, 'unhandled error');
    p.ctx.log.error(err);
    p.ctx.log.warn({ err: new AggregateError([err], 'several failed') }, 'round failed');
    p.ctx.log.warn({ err: new Error('wrapped', { cause: err }) });
    p.ctx.log.info(`free text ${PHONE} / ${ID_NUMBER}`);
    p.ctx.log.info({ detail: { nested: [`+86 139 1234 5678`, ID_NUMBER] } }, 'nested');
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(output).not.toContain(PHONE);
    expect(output).not.toContain(ID_NUMBER);
    expect(output).not.toContain('139 1234 5678');
    expect(output).toContain('139****5678');
    expect(output).toContain('610429********1231');
    // The error's shape survives the masking: its type, its stack, its cause.
    const first = JSON.parse(lines[0]!) as { err: { type: string; stack: string } };
    expect(first.err.stack).toMatch(/at /);
    expect(JSON.parse(lines[3]!).err.cause.message).toContain('Failed query');
  });

  it('logs no session token when the session lookup fails', async () => {
    const cookie = await signIn(p, 'clerk');
    const token = decodeURIComponent(cookie.split('=')[1]!.split(';')[0]!).split('.')[0]!;
    expect(token.length).toBeGreaterThan(16);
    output = '';
    // The session table is gone for a moment: the guard's lookup fails with the token as a parameter.
    await database.exec('ALTER TABLE auth_session RENAME TO auth_session_away');
    try {
      const res = await p.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      expect(res.statusCode).toBe(500);
    } finally {
      await database.exec('ALTER TABLE auth_session_away RENAME TO auth_session');
    }
    expect(output).toContain('unhandled error');
    expect(output).toContain('auth_session');
    expect(output).not.toContain(token);
  });
});
