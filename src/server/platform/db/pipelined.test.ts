import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchPostgres } from '../../../../test/fixtures/load-hall.ts';
import { commitWith, pipelinedTransaction, writeLater } from './pipelined.ts';
import type { Database } from './types.ts';

// Pipelined transactions on real PostgreSQL (decisions 0047, 0055): statements with
// parameters go as prepared statements named by their text, each connection parses a text
// once, and a statement whose Parse was refused (its transaction had already failed) is parsed
// again next time instead of being taken for prepared.

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('pipelined transactions (PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let database: Database;
  beforeAll(async () => {
    scratch = await scratchPostgres(url!, 1);
    database = scratch.database;
    await database.exec('CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)');
  });
  afterAll(async () => scratch?.drop());

  const prepared = async () =>
    (await pipelinedTransaction(database.db, async (tx) => commitWith<{ name: string; statement: string }>(tx, sql`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE ${'ow_%'} ORDER BY statement`)));

  it('parses each statement text once per connection and answers as before', async () => {
    for (let i = 1; i <= 3; i++) {
      const rows = await pipelinedTransaction(database.db, async (tx) => {
        await writeLater(tx, sql`INSERT INTO t (id, v) VALUES (${i}, ${`v${i}`})`);
        return commitWith<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM t WHERE id <= ${i}`);
      });
      expect(rows).toEqual([{ n: i }]);
    }
    const names = await prepared();
    const texts = names.map((p) => p.statement);
    // One prepared statement per text (the insert, the count, the listing itself), however often each ran.
    expect(texts.filter((t) => t.startsWith('INSERT INTO t'))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith('SELECT count(*)'))).toHaveLength(1);
    expect(new Set(names.map((p) => p.name)).size).toBe(names.length);
  });

  it('after a failed transaction the connection prepares again what the failure refused', async () => {
    // The duplicate key fails the held insert; the count behind it is refused unparsed (the transaction is aborted).
    const failing = pipelinedTransaction(database.db, async (tx) => {
      await writeLater(tx, sql`INSERT INTO t (id, v) VALUES (${1}, ${'dup'})`);
      return commitWith(tx, sql`SELECT max(id) AS never_prepared_before FROM t WHERE id > ${0}`);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    const rows = await pipelinedTransaction(database.db, async (tx) => commitWith<{ never_prepared_before: number }>(tx, sql`SELECT max(id) AS never_prepared_before FROM t WHERE id > ${0}`));
    expect(rows).toEqual([{ never_prepared_before: 3 }]);
    expect((await prepared()).some((p) => p.statement.includes('never_prepared_before'))).toBe(true);
  });
});
