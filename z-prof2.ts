import pg from 'pg';
const orig = pg.Client.prototype.query as any;
const stats = new Map<string, { n: number; ms: number }>();
(pg.Client.prototype as any).query = function (this: any, ...args: any[]) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text ?? '?';
  const key = text.slice(0, 70).replace(/\s+/g, ' ');
  const t = performance.now();
  const r = orig.apply(this, args);
  if (r && typeof r.then === 'function') return r.then((x: any) => { const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(key, s); return x; });
  return r;
};
const { sql } = await import('drizzle-orm');
const { hallTime } = await import('./src/domain/queue/index.ts');
const { prepareLoadHall, scratchPostgres } = await import('./src/server/modules/queue/queue.load-fixture.ts');
const { callNext, finish } = await import('./src/server/modules/queue/index.ts');
const s = await scratchPostgres('postgres://postgres@127.0.0.1:5432/test', 22);
try {
  const hall = await prepareLoadHall(s.database, 20);
  const db = s.database.db;
  const day = hallTime(new Date()).serviceDate;
  const cats = sql.raw(`ARRAY[${hall.categoryIds.map((c) => `'${c}'`).join(',')}]`);
  await db.execute(sql`INSERT INTO ticket (id, center_id, category_id, queue_category_id, service_date, seq, number, priority, priority_rank, state, source, created_at)
    SELECT gen_random_uuid()::text, ${hall.centerId}, c.id, c.id, ${day}::date, s.seq, 'X', 'normal', 2, 'waiting', 'kiosk', now() - interval '1 hour' + s.seq * interval '1 millisecond'
    FROM unnest(${cats}::text[]) AS k(id) JOIN ticket_category c ON c.id = k.id, generate_series(1, 3000) AS s(seq)`);
  await db.execute(sql`ANALYZE`);
  stats.clear();
  const w = hall.windowIds[0]!;
  for (let i = 0; i < 50; i++) { await callNext(db, hall.who, w); await finish(db, hall.who, w, []); }
  for (const [k, v] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(v.ms / v.n).toFixed(2)} ms x${v.n}  ${k}`);
} finally { await s.drop(); }
