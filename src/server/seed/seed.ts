import { sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Db } from '../platform/db/types.ts';
import { newId } from '../platform/ids.ts';
import { insertStaffAccount } from '../modules/org/index.ts';
import { centers, departments, regions, windowPosts, windows } from '../modules/org/org.schema.ts';
import { seedDemoCatalog } from './catalog/index.ts';
import { seedDemoMaterialFiles } from './catalog/files.ts';
import { seedDemoQueue } from './queue-demo.ts';
import { seedDemoAppointments } from './appointment-demo.ts';
import { DEMO_PASSWORD, demoCenters, demoDepartments, demoPosts, demoRegions, demoStaff, demoWindows } from './demo-org.ts';
import { regionLevelOf } from '../../domain/identifiers/index.ts';

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM center`);
  const list = (rows as unknown as { rows?: { n: number }[] }).rows ?? (rows as unknown as { n: number }[]);
  return (list[0]?.n ?? 0) === 0;
}

// Two instances starting together on one PostgreSQL (DEMO=on) must not both seed: the
// second waits on this lock, then finds the database no longer empty.
const DEMO_SEED_LOCK = 727_004;

/** seedDemo when the database has no center yet; undefined when it had one (or another instance just seeded it). */
export async function seedDemoIfEmpty(db: Db, opts: { forcePasswordChange: boolean }): Promise<{ staff: number } | undefined> {
  if (!(await isEmpty(db))) return undefined;
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`);
    return (await isEmpty(tx)) ? seedDemo(tx, opts) : undefined;
  });
}

/** Demo organisation: one county, two townships, three villages, 8 departments, one account per role. */
export async function seedDemo(db: Db, opts: { forcePasswordChange: boolean }): Promise<{ staff: number }> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.insert(regions).values(demoRegions.map((r) => ({ ...r, level: regionLevelOf(r.code)! })));
    const centerIds = new Map<string, { id: string; path: string }>();
    for (const c of demoCenters) {
      const id = newId();
      const parent = c.parent ? centerIds.get(c.parent)! : undefined;
      const path = `${parent?.path ?? '/'}${id}/`;
      centerIds.set(c.key, { id, path });
      const { key: _k, parent: _p, ...rest } = c;
      await tx.insert(centers).values({ ...rest, id, parentId: parent?.id ?? null, path, openingHours: '周一至周五 9:00-12:00, 13:30-17:30' });
    }
    const depIds = new Map<string, string>();
    for (const d of demoDepartments) {
      const id = newId();
      depIds.set(d.key, id);
      await tx.insert(departments).values({ id, centerId: centerIds.get(d.center)!.id, name: d.name, uscc: d.uscc });
    }
    const windowIds = new Map<string, string>();
    for (const w of demoWindows) {
      const id = newId();
      windowIds.set(`${w.center}/${w.number}`, id);
      await tx.insert(windows).values({ id, centerId: centerIds.get(w.center)!.id, number: w.number, name: w.name, kind: w.kind, departmentId: w.department ? depIds.get(w.department)! : null });
    }
    const staffIds = new Map<string, string>();
    for (const s of demoStaff) {
      const row = await insertStaffAccount(tx, {
        username: s.username,
        name: s.name,
        mobile: s.mobile,
        roles: s.roles,
        centerId: centerIds.get(s.center)!.id,
        departmentId: s.department ? depIds.get(s.department)! : null,
        passwordHash,
        mustChangePassword: opts.forcePasswordChange,
      });
      staffIds.set(s.username, row.id);
    }
    for (const p of demoPosts) {
      await tx.insert(windowPosts).values({ windowId: windowIds.get(`${p.center}/${p.window}`)!, post: p.post, staffId: staffIds.get(p.username)! });
    }
    await seedDemoCatalog(tx);
    await seedDemoMaterialFiles(tx);
    await seedDemoQueue(tx);
    await seedDemoAppointments(tx);
    await recordAudit(tx, { actorName: 'system', action: 'seed.demo', result: 'ok', summary: { centers: demoCenters.length, staff: demoStaff.length } });
    return { staff: demoStaff.length };
  });
}
