import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { insertRows } from './json-rows.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchPostgres } from '../../../../test/fixtures/load-hall.ts';
import { cacheHandle, commitWith, pipelinedTransaction, readTogether, writeLater } from './pipelined.ts';
import type { Database } from './types.ts';

// Pipelined transactions on real PostgreSQL (decisions 0047, 0055): statements with
// parameters go as prepared statements named by their text, each connection parses a text
// once, and a statement whose Parse was refused (its transaction had already failed) is parsed
// again next time instead of being taken for prepared. Reads made together (decision 0056) go
// on one connection, which goes back to the pool only once every one of them is answered.

const url = process.env.DATABASE_URL;

const parent = pgTable('parent', { id: text('id').primaryKey() });
const child = pgTable('child', { id: integer('id').primaryKey().generatedAlwaysAsIdentity(), parentId: text('parent_id').notNull(), v: text('v').notNull().default('d') });

describe.skipIf(!url)('pipelined transactions (PostgreSQL)', () => {
  let scratch: Awaited<ReturnType<typeof scratchPostgres>>;
  let database: Database;
  beforeAll(async () => {
    scratch = await scratchPostgres(url!, 1);
    database = scratch.database;
    await database.exec(`CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL);
      CREATE TABLE parent (id text PRIMARY KEY);
      CREATE TABLE child (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id text NOT NULL REFERENCES parent (id), v text NOT NULL DEFAULT 'd')`);
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

  it('sends held inserts as one statement: rows of a table in the order held, foreign keys checked at its end', async () => {
    const rows = await pipelinedTransaction(database.db, async (tx) => {
      // The child is held before its parent: as separate statements this would fail.
      await writeLater(tx, insertRows(child, [{ parentId: 'p1', v: 'first' }]));
      await writeLater(tx, insertRows(parent, [{ id: 'p1' }]));
      await writeLater(tx, insertRows(child, [{ parentId: 'p1', v: 'second' }]));
      return commitWith<{ v: string }>(tx, sql`SELECT v FROM child WHERE parent_id = ${'p1'} ORDER BY id`);
    });
    expect(rows.map((r) => r.v)).toEqual(['first', 'second']);
    expect((await prepared()).some((p) => p.statement.startsWith('WITH w0 AS (INSERT INTO "child"') && p.statement.includes('INSERT INTO "parent"'))).toBe(true);
  });

  it('keeps apart inserts into one table that set different columns (a default stays a default)', async () => {
    const rows = await pipelinedTransaction(database.db, async (tx) => {
      await writeLater(tx, insertRows(parent, [{ id: 'p2' }]));
      await writeLater(tx, insertRows(child, [{ parentId: 'p2', v: 'given' }]));
      await writeLater(tx, insertRows(child, [{ parentId: 'p2' }]));
      return commitWith<{ v: string }>(tx, sql`SELECT v FROM child WHERE parent_id = ${'p2'} ORDER BY id`);
    });
    expect(rows.map((r) => r.v)).toEqual(['given', 'd']);
  });

  describe('readTogether', () => {
    let wide: Awaited<ReturnType<typeof scratchPostgres>>;
    beforeAll(async () => {
      wide = await scratchPostgres(url!, 3);
    });
    afterAll(async () => wide?.drop());
    const pid = (db: Database['db']) => db.execute(sql`SELECT pg_backend_pid() AS pid, ${'x'}::text AS tag`).then((r) => (r as unknown as { rows: { pid: number }[] }).rows[0]!.pid);

    it('makes the reads on one connection of the pool, and fills the caches of the handle it was opened on', async () => {
      const pids = await readTogether(wide.database.db, async (reader) => {
        expect(cacheHandle(reader)).toBe(wide.database.db);
        expect(reader).not.toBe(wide.database.db);
        return Promise.all([pid(reader), pid(reader), pid(reader), pid(reader)]);
      });
      expect(new Set(pids).size).toBe(1);
      // On the pool itself, reads at once take several connections (what readTogether saves).
      const spread = await Promise.all([pid(wide.database.db), pid(wide.database.db), pid(wide.database.db)]);
      expect(new Set(spread).size).toBeGreaterThan(1);
      expect(cacheHandle(wide.database.db)).toBe(wide.database.db);
    });

    it('a failed read answers its own error; the others answer their rows', async () => {
      const [bad, good] = await readTogether(database.db, async (reader) =>
        Promise.allSettled([reader.execute(sql`SELECT 1 / ${0}::int AS never`), reader.execute(sql`SELECT ${7}::int AS n`)]),
      );
      expect(bad).toMatchObject({ status: 'rejected', reason: { cause: { code: '22012' } } });
      expect(good.status === 'fulfilled' && (good.value as unknown as { rows: unknown[] }).rows).toEqual([{ n: 7 }]);
    });

    it('gives the connection back only when every read is answered, and refuses a read issued after', async () => {
      let reader: Database['db'] | undefined;
      // work stops waiting for its slow read; the pool's one connection is still busy with it until it is answered.
      const started = Date.now();
      await readTogether(database.db, async (r) => {
        reader = r;
        // (drizzle's execute runs when its answer is asked for: `then` sends it)
        r.execute(sql`SELECT pg_sleep(${0.3})`).then(() => {});
        return 'done';
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      const late = reader!.execute(sql`SELECT ${1}::int AS n`);
      await expect(late).rejects.toMatchObject({ cause: { message: expect.stringMatching(/after its connection went back/) } });
      // The pool (one connection) is usable: the connection came back clean.
      const rows = await pipelinedTransaction(database.db, async (tx) => commitWith<{ n: number }>(tx, sql`SELECT ${2}::int AS n`));
      expect(rows).toEqual([{ n: 2 }]);
    });
  });
});
