import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.ts';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/types.ts';
import { restampMessages } from './outbox.queries.ts';

// 收件并受理 stamps the drawn case number into its messages by their ref, inside the statement
// that holds the counter row (decision 0057). That must find them through the ref indexes
// (migration 0043), not by reading every message ever queued.

const rowsOf = async <T>(db: Database['db'], q: ReturnType<typeof sql>) => {
  const r = (await db.execute(q)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
};

describe('restampMessages', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase({ demo: false });
    // 20,000 queued messages of other cases, and one of the case being stamped in each table.
    await database.exec(`
      INSERT INTO notification_outbox (id, center_id, channel, "to", text, ref, next_attempt_at)
        SELECT 'm' || g, 'c', 'sms', '13900000000', 'text ' || g, 'case:' || g || ':accepted', now() FROM generate_series(1, 20000) g;
      INSERT INTO notification_inbox (id, center_id, recipient_key, event, subject, body, ref)
        SELECT 'm' || g, 'c', 'account:a', 'case.accepted', 's', 'body ' || g, 'case:' || g || ':accepted' FROM generate_series(1, 20000) g;
      INSERT INTO notification_outbox (id, center_id, channel, "to", text, ref, next_attempt_at) VALUES ('mine', 'c', 'sms', '13900000000', '办件 #N# 已受理', 'case:mine:accepted', now());
      INSERT INTO notification_inbox (id, center_id, recipient_key, event, subject, body, ref) VALUES ('mine', 'c', 'account:a', 'case.accepted', '#N#', '办件 #N# 已受理', 'case:mine:accepted');
      ANALYZE notification_outbox; ANALYZE notification_inbox;`);
  });
  afterAll(async () => database?.close());

  const writes = () => restampMessages(['case:mine:accepted'], (column) => sql`replace(${column}, '#N#', 'XY-0001')`);

  it('rewrites the messages of the refs given, and no other', async () => {
    for (const w of writes()) await database.db.execute(w);
    expect(await rowsOf(database.db, sql`SELECT text FROM notification_outbox WHERE id = 'mine' UNION ALL SELECT body FROM notification_inbox WHERE id = 'mine'`)).toEqual([{ text: '办件 XY-0001 已受理' }, { text: '办件 XY-0001 已受理' }]);
    expect(await rowsOf(database.db, sql`SELECT count(*)::int AS n FROM notification_outbox WHERE text LIKE '%XY-0001%'`)).toEqual([{ n: 1 }]);
  });

  it('finds them through the ref indexes', async () => {
    const dialect = new PgDialect();
    for (const w of writes()) {
      const q = dialect.sqlToQuery(w);
      const literal = q.sql.replace(/\$(\d+)/g, (_, i) => {
        const v = q.params[Number(i) - 1];
        return Array.isArray(v) ? `ARRAY[${v.map((x) => `'${x}'`).join(',')}]` : `'${String(v)}'`;
      });
      const plan = (await rowsOf<Record<string, string>>(database.db, sql.raw(`EXPLAIN ${literal}`))).map((r) => Object.values(r)[0]).join('\n');
      expect(plan).toMatch(/notification_(outbox|inbox)_ref_idx/);
      expect(plan).not.toMatch(/Seq Scan/);
    }
  });
});
