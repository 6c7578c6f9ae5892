// Per-center catalog rules. The county sets the promised-limit reduction (default 30%);
// township and village centers follow it unless they set their own; null goes back to inheriting.
import { DEFAULT_PROMISED_REDUCTION } from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, findCenter, type Who } from '../org/index.ts';
import { audit } from './catalog.access.ts';
import { deleteSetting, effectiveSetting, findSetting, upsertSetting } from './settings.queries.ts';

const DEFAULT_PCT = Math.round(DEFAULT_PROMISED_REDUCTION * 100);

/** The reduction (0.3 = 30%) publish checks use for items of a center. */
export async function promisedReductionFor(db: Db, centerId: string): Promise<number> {
  const center = await findCenter(db, centerId);
  const row = center ? await effectiveSetting(db, center.path) : undefined;
  return (row?.promisedReductionPct ?? DEFAULT_PCT) / 100;
}

async function describe(db: Db, centerId: string) {
  const center = await findCenter(db, centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: centerId });
  const eff = await effectiveSetting(db, center.path);
  const own = eff?.centerId === centerId;
  return {
    centerId,
    promisedReductionPct: eff?.promisedReductionPct ?? DEFAULT_PCT,
    /** Set by this center itself (false: inherited or the default). */
    own,
    inheritedFrom: eff && !own ? { centerId: eff.centerId, name: (await findCenter(db, eff.centerId))?.name ?? '' } : null,
    defaultPct: DEFAULT_PCT,
  };
}

export async function getSettings(db: Db, actor: Actor, centerId = actor.centerId) {
  await assertCenterInScope(db, actor, centerId);
  return describe(db, centerId);
}

export async function updateSettings(db: Db, who: Who, centerId: string, input: { promisedReductionPct: number | null }) {
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const before = await findSetting(tx, centerId);
    if (input.promisedReductionPct === null) await deleteSetting(tx, centerId);
    else await upsertSetting(tx, centerId, input.promisedReductionPct, who.actor.staffId);
    await audit(tx, who, 'catalog.settings.update', 'center', centerId, centerId, {
      promisedReductionPct: { from: before?.promisedReductionPct ?? null, to: input.promisedReductionPct },
    });
    return describe(tx, centerId);
  });
}
