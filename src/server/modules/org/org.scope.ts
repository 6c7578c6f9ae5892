import { eq, like, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import { shaped } from '../../platform/db/shaped.ts';
import type { Db } from '../../platform/db/types.ts';
import { centers } from './org.schema.ts';

// Center scope (SPEC §1): a staff member sees their own center and every center below it.

/** Condition on the center table itself. */
export function centerInScope(actor: Actor): SQL {
  return like(centers.path, `${actor.centerPath}%`);
}

/** Condition on any table with a center id column. */
export function centerIdInScope(actor: Actor, column: AnyPgColumn): SQL {
  return sql`${column} IN (SELECT ${centers.id} FROM ${centers} WHERE ${centers.path} LIKE ${`${actor.centerPath}%`})`;
}

// Every write of a center's records checks it first: built once, prepared per connection (decision 0053).
const centerById = shaped<typeof centers.$inferSelect>('org_center_by_id', (db) => db.select().from(centers).where(eq(centers.id, sql.placeholder('centerId'))).limit(1));

export async function assertCenterInScope(db: Db, actor: Actor, centerId: string): Promise<typeof centers.$inferSelect> {
  const [center] = await centerById(db, { centerId });
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  if (!center.path.startsWith(actor.centerPath)) throw new DomainError('OUT_OF_SCOPE');
  return center;
}
