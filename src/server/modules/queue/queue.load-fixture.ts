// A busy hall for the concurrency test and the benchmark: a scratch PostgreSQL database with
// a pool large enough for one connection per window, N extra windows with a duty head acting
// at all of them, and helpers to issue tickets and serve until the hall is empty.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { priorities } from '../../../domain/queue/index.ts';
import { openDatabase } from '../../platform/db/connect.ts';
import { migrateDatabase } from '../../platform/db/migrate.ts';
import type { Database, Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { seedDemo } from '../../seed/seed.ts';
import { centers, windows } from '../org/org.schema.ts';
import { findStaffByUsername, resolveActor, type Who } from '../org/index.ts';
import { issueTicket } from './issue.service.ts';
import { insertCategory, replaceWindowCategories } from './category.queries.ts';
import { callNext, finish, finishAndCallNext } from './window.service.ts';

export async function scratchPostgres(url: string, poolSize: number): Promise<{ database: Database; url: string; drop(): Promise<void> }> {
  const name = `ow_queue_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString(), poolSize });
  return {
    database,
    url: dbUrl.toString(),
    async drop() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface LoadHall {
  centerId: string;
  who: Who;
  windowIds: string[];
  categoryIds: string[];
}

/** Demo org, then `windowCount` windows (L1…) that all serve `categories` categories (X, Y, …). */
export async function prepareLoadHall(database: Database, windowCount: number, categories = 3): Promise<LoadHall> {
  await migrateDatabase(database);
  await seedDemo(database.db, { forcePasswordChange: false });
  const db = database.db;
  const [center] = await db.select({ id: centers.id }).from(centers).where(eq(centers.code, 'XY-COUNTY'));
  const centerId = center!.id;
  const categoryIds: string[] = [];
  for (let i = 0; i < categories; i++) {
    const row = await insertCategory(db, {
      id: newId(),
      centerId,
      prefix: 'XYZW'[i]!,
      name: `压测${i}`,
      rangeStart: 1,
      rangeEnd: 9999,
      dailyQuota: 9999,
    });
    categoryIds.push(row.id);
  }
  const windowIds: string[] = [];
  for (let i = 1; i <= windowCount; i++) {
    const id = newId();
    await db.insert(windows).values({ id, centerId, number: `L${i}`, name: `压测窗口${i}`, kind: 'comprehensive' });
    await replaceWindowCategories(db, id, categoryIds);
    windowIds.push(id);
  }
  const duty = await findStaffByUsername(db, 'duty');
  const actor = (await resolveActor(db, duty!.userId))!;
  return { centerId, who: { actor, ip: '127.0.0.1' }, windowIds, categoryIds };
}

/** `count` tickets from `concurrency` kiosks at once, categories and priorities mixed. */
export async function issueMany(db: Db, hall: LoadHall, count: number, concurrency: number): Promise<void> {
  let next = 0;
  const kiosk = async () => {
    for (let i = next++; i < count; i = next++) {
      const priority = i % 10 === 0 ? priorities[1 + (i % 5)]! : 'normal';
      const input = {
        categoryId: hall.categoryIds[i % hall.categoryIds.length]!,
        priority: priority === 'appointment' ? 'normal' : priority,
        source: 'kiosk',
      } as const;
      await issueTicket(db, hall.centerId, input, { ip: '127.0.0.1', channel: 'kiosk' });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, kiosk));
}

/** One window calling and finishing until nobody waits; returns the ticket ids it called. */
export async function serveUntilEmpty(db: Db, hall: LoadHall, windowId: string): Promise<string[]> {
  const called: string[] = [];
  for (;;) {
    const r = await callNext(db, hall.who, windowId);
    if (!r.ticket) return called;
    called.push(r.ticket.id);
    await finish(db, hall.who, windowId, []);
  }
}

/** The same with the 呼叫器's one key, 办结并叫号: each press finishes the visitor at the window and calls the next. */
export async function serveWithNextKey(db: Db, hall: LoadHall, windowId: string): Promise<string[]> {
  const called: string[] = [];
  for (;;) {
    const r = await finishAndCallNext(db, hall.who, windowId, []);
    if (!r.ticket) return called;
    called.push(r.ticket.id);
  }
}
