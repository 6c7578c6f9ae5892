// Publishing and retiring. Publishing runs the publish checks (errors block with 422 and the
// problems in Chinese; warnings come back with the result) and ends the previous published
// version in the same transaction, so an item never has two published versions or none
// in between.
import { eq } from 'drizzle-orm';
import {
  checkPublishable,
  errorsOf,
  formatImplementationCode,
  nextState,
  warningsOf,
  type CatalogProblem,
  type PublishCheckOptions,
} from '../../../domain/catalog/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import { validateUscc } from '../../../domain/identifiers/index.ts';
import type { Actor } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Who } from '../org/index.ts';
import { audit, guideOf, manageableItem, readableItem, versionFor } from './catalog.access.ts';
import { findVersion, materialsOf, type ItemRow, type VersionRow } from './catalog.queries.ts';
import { catalogItems, catalogVersions } from './catalog.schema.ts';
import type { RetireInput } from './catalog.types.ts';
import { promisedReductionFor } from './settings.service.ts';

/** The 实施编码 a version publishes with: its own, or the default built from its body, level and 基本编码. */
function implementationCodeOf(item: ItemRow, v: VersionRow): string | null {
  if (v.implementationCode) return v.implementationCode;
  if (!validateUscc(v.implementingBodyUscc).ok) return null;
  return formatImplementationCode({ uscc: v.implementingBodyUscc.toUpperCase(), level: v.exerciseLevel, basicCode: item.basicCode });
}

async function problemsOf(tx: Db, item: ItemRow, v: VersionRow, opts: PublishCheckOptions): Promise<CatalogProblem[]> {
  const materials = await materialsOf(tx, v.id);
  // The reduction rule is the center's (or the nearest center above it that set one).
  const promisedReduction = opts.promisedReduction ?? (await promisedReductionFor(tx, item.centerId));
  return checkPublishable({ ...guideOf(v), implementationCode: implementationCodeOf(item, v), materials }, { ...opts, promisedReduction, basicCode: item.basicCode });
}

/** What publishing would report, without publishing (the console's "check" button). */
export async function checkVersion(db: Db, actor: Actor, versionId: string, opts: PublishCheckOptions = {}) {
  const v = await findVersion(db, versionId);
  if (!v) throw new DomainError('NOT_FOUND', { object: 'catalogVersion', id: versionId });
  const item = await readableItem(db, actor, v.itemId);
  const problems = await problemsOf(db, item, v, opts);
  return { publishable: errorsOf(problems).length === 0, problems };
}

export async function publishVersion(db: Db, who: Who, versionId: string, opts: PublishCheckOptions = {}) {
  return db.transaction(async (tx) => {
    const { item, version } = await versionFor(tx, who.actor, versionId, 'publish');
    const problems = await problemsOf(tx, item, version, opts);
    const errors = errorsOf(problems);
    if (errors.length) throw new DomainError('CATALOG_NOT_PUBLISHABLE', { problems: errors, warnings: warningsOf(problems) });
    const now = new Date();
    const previousId = item.currentVersionId;
    if (previousId) {
      // The old version must end before the new one starts: one published version per item.
      await tx
        .update(catalogVersions)
        .set({ state: nextState('published', 'supersede')!, validTo: now, updatedAt: now })
        .where(eq(catalogVersions.id, previousId));
    }
    const [row] = await tx
      .update(catalogVersions)
      .set({
        state: nextState('draft', 'publish')!,
        implementationCode: implementationCodeOf(item, version),
        validFrom: now,
        publishedBy: who.actor.staffId,
        publishedAt: now,
        updatedAt: now,
      })
      .where(eq(catalogVersions.id, versionId))
      .returning();
    await tx.update(catalogItems).set({ currentVersionId: versionId, active: true, updatedAt: now }).where(eq(catalogItems.id, item.id));
    const warnings = warningsOf(problems);
    await audit(tx, who, 'catalog.version.publish', 'catalogVersion', versionId, item.centerId, {
      itemId: item.id,
      versionNo: version.versionNo,
      previousVersionId: previousId,
      warnings: warnings.map((w) => w.code),
    });
    return { version: row!, warnings };
  });
}

/** Withdraw an item: its published version ends; cases accepted under it keep their pin. */
export async function retireItem(db: Db, who: Who, itemId: string, input: RetireInput) {
  return db.transaction(async (tx) => {
    const item = await manageableItem(tx, who.actor, itemId);
    const current = item.currentVersionId ? await findVersion(tx, item.currentVersionId) : undefined;
    const next = current ? nextState(current.state, 'retire') : undefined;
    if (!current || !next) throw new DomainError('CATALOG_VERSION_STATE', { state: current?.state ?? null, action: 'retire' });
    const now = new Date();
    const [row] = await tx.update(catalogVersions).set({ state: next, validTo: now, updatedAt: now }).where(eq(catalogVersions.id, current.id)).returning();
    await tx.update(catalogItems).set({ currentVersionId: null, active: false, updatedAt: now }).where(eq(catalogItems.id, itemId));
    await audit(tx, who, 'catalog.item.retire', 'catalogItem', itemId, item.centerId, { versionId: current.id, versionNo: current.versionNo, reason: input.reason });
    return row!;
  });
}
