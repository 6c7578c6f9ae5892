// Import use case: read and validate the workbook, plan against the catalog, and (unless a
// dry run, and only when no row has a problem) write everything in one transaction with
// its audit rows. Publishing stays a separate, checked step per item.
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import type { Who } from '../../org/index.ts';
import { audit } from '../catalog.access.ts';
import { assembleItems, type ParsedItem } from './assemble.ts';
import { ErrorSink, type RowError } from './errors.ts';
import { applyImport, type AppliedChange } from './import.apply.ts';
import { planImport, type ImportPlan } from './import.plan.ts';
import { readCatalogWorkbook } from './read.ts';

/** One item the import creates or changes; ids are null in a dry run for what does not exist yet. */
export type ImportChange = Omit<AppliedChange, 'itemId' | 'versionId'> & { itemId: string | null; versionId: string | null };

export interface ImportResult {
  dryRun: boolean;
  /** True when the file has no problem (and, unless a dry run, was written). */
  ok: boolean;
  /** Item rows read from the 事项 sheet. */
  items: number;
  unchanged: number;
  created: number;
  newDrafts: number;
  updatedDrafts: number;
  codesUpdated: number;
  changes: ImportChange[];
  errors: RowError[];
}

/** The workbook as validated guides (department names not yet resolved) and its problems. */
export async function parseCatalogFile(file: Buffer): Promise<{ parsed: ParsedItem[]; errors: ErrorSink }> {
  const errors = new ErrorSink();
  const sheets = await readCatalogWorkbook(file, errors);
  return { parsed: sheets ? assembleItems(sheets, errors) : [], errors };
}

function resultOf(dryRun: boolean, plan: ImportPlan, errors: ErrorSink, applied?: AppliedChange[]): ImportResult {
  const count = (a: string) => plan.changes.filter((c) => c.action === a).length;
  const changes: ImportChange[] =
    applied ??
    plan.changes.map((c) => ({
      key: c.parsed.key,
      row: c.parsed.row,
      name: c.guide.name,
      action: c.action,
      itemId: c.head?.item.id ?? null,
      versionId: null,
      fields: c.fields,
      materialsChanged: c.materialsChanged,
    }));
  return {
    dryRun,
    ok: errors.count === 0,
    items: plan.items,
    unchanged: plan.unchanged,
    created: count('create'),
    newDrafts: count('newDraft'),
    updatedDrafts: count('updateDraft'),
    codesUpdated: count('updateCodes'),
    changes: errors.count ? [] : changes,
    errors: errors.sorted(),
  };
}

export async function importCatalog(db: Db, who: Who, file: Buffer, opts: { dryRun: boolean }): Promise<ImportResult> {
  const { parsed, errors } = await parseCatalogFile(file);
  if (opts.dryRun || errors.count)
    return { ...resultOf(true, await planImport(db, who.actor, parsed, errors), errors), dryRun: opts.dryRun };
  return db.transaction(async (tx) => {
    const plan = await planImport(tx, who.actor, parsed, errors);
    if (errors.count) return { ...resultOf(false, plan, errors), dryRun: false };
    const importId = newId();
    const applied = await applyImport(tx, who, plan, importId);
    const result = resultOf(false, plan, errors, applied);
    const { changes: _c, errors: _e, ...summary } = result;
    await audit(tx, who, 'catalog.import', 'catalogImport', importId, who.actor.centerId, summary);
    return result;
  });
}
