import { sql } from 'drizzle-orm';
import { hallTime } from '/work/main/src/domain/queue/index.ts';
import { prepareLoadHall, scratchPostgres } from '/work/main/src/server/modules/queue/queue.load-fixture.ts';
import { callNext, finish } from '/work/main/src/server/modules/queue/index.ts';
const scratch = await scratchPostgres('postgres://postgres@127.0.0.1:5432/test', 4);
try {
  const db = scratch.database.db;
  const hall = await prepareLoadHall(scratch.database, 20);
  const day = hallTime(new Date()).serviceDate;
  const cats = sql.raw(`ARRAY[${hall.categoryIds.map((c) => `'${c}'`).join(',')}]`);
  await db.execute(sql`
    INSERT INTO ticket (id, center_id, category_id, queue_category_id, service_date, seq, number, priority, priority_rank, state, source, created_at)
    SELECT gen_random_uuid()::text, ${hall.centerId}, c.id, c.id, ${day}::date, s.seq, c.prefix || lpad(s.seq::text, 4, '0'),
           'normal', 2, 'waiting', 'kiosk', now() - interval '1 hour' + s.seq * interval '1 millisecond'
    FROM unnest(${cats}::text[]) AS k(id) JOIN ticket_category c ON c.id = k.id, generate_series(1, 5000) AS s(seq)`);
  await db.execute(sql`ANALYZE ticket`);
  const w = hall.windowIds;
  for (let i = 0; i < 200; i++) { await callNext(db, hall.who, w[i % 20]!); await finish(db, hall.who, w[i % 20]!, []); }
  for (let round = 0; round < 3; round++) {
    await db.execute(sql`VACUUM ticket`);
    const t0 = performance.now();
    const N = 1000;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < N; i++) { await callNext(db, hall.who, w[i % 20]!); await finish(db, hall.who, w[i % 20]!, []); }
    const cpu = process.cpuUsage(cpu0);
    console.log('ms per call+finish', ((performance.now() - t0) / N).toFixed(3), 'node cpu ms', ((cpu.user + cpu.system) / 1000 / N).toFixed(3));
  }
} finally { await scratch.drop(); }
