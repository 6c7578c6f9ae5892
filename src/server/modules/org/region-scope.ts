import { asc, inArray, sql } from 'drizzle-orm';
import { isRegionWithin } from '../../../domain/identifiers/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { centers } from './org.schema.ts';

// Region scope (decision 0019): the regions an actor may create, give to a center or change the
// calendar of. It is read from the actor's center, whose region only a manager above may set
// (never the actor itself), and only after checking the whole chain from the top center down:
// each center's region must lie strictly inside its parent's. A chain that does not (data
// written before the rule, or by hand) gives no region scope at all rather than a wide one.

/** The region the actor's center governs, or null when the center tree does not vouch for it. */
export async function regionScopeOf(db: Db, actor: Actor): Promise<string | null> {
  const ids = actor.centerPath.split('/').filter(Boolean);
  const chain = await db
    .select({ id: centers.id, regionCode: centers.regionCode })
    .from(centers)
    .where(inArray(centers.id, ids))
    .orderBy(asc(sql`length(${centers.path})`));
  if (chain.length !== ids.length || chain.at(-1)?.id !== actor.centerId) return null;
  for (let i = 1; i < chain.length; i++) {
    const [parent, child] = [chain[i - 1]!.regionCode, chain[i]!.regionCode];
    if (child === parent || !isRegionWithin(child, parent)) return null;
  }
  return chain.at(-1)!.regionCode;
}

/** Refuses (OUT_OF_SCOPE) a region outside the actor's scope; `below` also refuses the scope itself. */
export async function assertRegionInScope(db: Db, actor: Actor, code: string, opts: { below?: boolean } = {}): Promise<string> {
  const scope = await regionScopeOf(db, actor);
  const inside = scope !== null && isRegionWithin(code, scope) && !(opts.below && code === scope);
  if (!inside) throw new DomainError('OUT_OF_SCOPE', { region: code, regionScope: scope });
  return scope;
}
