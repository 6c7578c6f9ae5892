// What an import would do, decided before anything is written: each parsed item matched to
// the catalog by center + 基本编码 + 业务办理项编码, its departments resolved by name, and
// compared with the item's head version. Items that change are checked for scope and for
// the rules that hold even for drafts (promised ≤ legal limit, a consistent 实施编码).
import {
  checkPromisedLimit,
  errorsOf,
  guideFields,
  implementationCodeMessage,
  validateImplementationCode,
  type Guide,
  type Material,
} from '../../../../domain/catalog/index.ts';
import { validateUscc } from '../../../../domain/identifiers/index.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { guideOf } from '../catalog.access.ts';
import type { ParsedItem } from './assemble.ts';
import { headerOf } from './validate.ts';
import type { ErrorSink } from './errors.ts';
import { centersAround, departmentsAround } from '../../org/index.ts';
import { materialsWithFiles } from '../files.queries.ts';
import { headMaterials, headVersions, type HeadRow } from './excel.queries.ts';
import { materialOf } from './export.service.ts';
import { itemSheet } from './sheets.ts';

export type ImportAction = 'create' | 'newDraft' | 'updateDraft' | 'updateCodes';

export interface PlannedItem {
  parsed: ParsedItem;
  action: ImportAction;
  centerId: string;
  head?: HeadRow;
  /** The guide with department ids resolved: what the new or updated draft will hold. */
  guide: Guide;
  /** Guide fields that differ from the head version (none listed for a new item). */
  fields: string[];
  materialsChanged: boolean;
}

export interface ImportPlan {
  items: number;
  unchanged: number;
  changes: PlannedItem[];
}

type Department = Awaited<ReturnType<typeof departmentsAround>>[number];

/**
 * JSON with sorted keys and no undefined members (jsonb hands keys back in its own order);
 * '' and null are the same (a blank cell is both).
 */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v === '' ? null : (v ?? null));
}

/** A department a guide at `centerPath` may name: of that center or one above, the nearest active first. */
function departmentNamed(deps: readonly Department[], name: string, centerPath: string): Department | undefined {
  return deps
    .filter((d) => d.name === name && centerPath.startsWith(d.centerPath))
    .sort((a, b) => Number(b.active) - Number(a.active) || b.centerPath.length - a.centerPath.length)[0];
}

function resolveGuide(p: ParsedItem, centerPath: string, deps: readonly Department[], err: (key: string, m: string) => void) {
  const used: Department[] = [];
  const named = (key: string, name: string | null) => {
    if (!name) return null;
    const d = departmentNamed(deps, name, centerPath);
    if (!d) err(key, `“${name}”不是本中心或上级中心的部门`);
    else used.push(d);
    return d ?? null;
  };
  const dep = named('department', p.department);
  const lead = named('leadDepartment', p.leadDepartment);
  const g: Guide = {
    ...p.guide,
    departmentId: dep?.id ?? null,
    leadDepartmentId: lead?.id ?? null,
    implementingBody: p.guide.implementingBody || dep?.name || '',
    implementingBodyUscc: p.guide.implementingBodyUscc || dep?.uscc || '',
    jointDepartments: p.guide.jointDepartments.map((j) => ({
      departmentId: departmentNamed(deps, j.name, centerPath)?.id ?? null,
      name: j.name,
    })),
  };
  return { guide: g, used };
}

/** Rules a draft must keep even before it is complete; publishing checks the rest. */
function draftRules(g: Guide, basicCode: string, err: (key: string, m: string) => void) {
  if (g.legalLimit && g.promisedLimit)
    for (const p of errorsOf(checkPromisedLimit(g.legalLimit, g.promisedLimit))) err('promisedLimit', p.message);
  if (g.implementationCode) {
    const uscc = validateUscc(g.implementingBodyUscc).ok ? g.implementingBodyUscc : undefined;
    const r = validateImplementationCode(g.implementationCode, { uscc, level: g.exerciseLevel, basicCode });
    if (!r.ok) err('implementationCode', implementationCodeMessage(r));
  }
}

export interface ResolvedItem {
  parsed: ParsedItem;
  center: { id: string; name: string; path: string; active: boolean };
  /** The catalog item this row is, at its head version, if it exists. */
  head?: HeadRow;
  headMaterials: Material[];
  /** The row's guide with department ids resolved. */
  guide: Guide;
  departments: Department[];
}

/** Each parsed row matched to its item and with its departments resolved (rows that cannot be are reported). */
export async function resolveImport(db: Db, actor: Actor, parsed: readonly ParsedItem[], errors: ErrorSink): Promise<ResolvedItem[]> {
  const all = { withRetired: true };
  const [heads, materials, centerRows, deps] = await Promise.all([
    headVersions(db, actor, all),
    headMaterials(db, actor, all),
    centersAround(db, actor),
    departmentsAround(db, actor),
  ]);
  const byCode = new Map(centerRows.map((c) => [c.code, c]));
  const existing = new Map<string, HeadRow[]>();
  for (const h of heads) {
    const k = `${h.item.centerId}|${h.item.basicCode}|${h.version.subItemCode ?? ''}`;
    existing.set(k, [...(existing.get(k) ?? []), h]);
  }
  const out: ResolvedItem[] = [];
  for (const p of parsed) {
    const err = errorAt(errors, p);
    const center = p.centerCode ? byCode.get(p.centerCode) : centerRows.find((c) => c.id === actor.centerId);
    if (!center) {
      err('centerCode', `中心编码“${p.centerCode}”不存在或不在您的管辖范围内`);
      continue;
    }
    const matches = existing.get(`${center.id}|${p.basicCode}|${p.guide.subItemCode ?? ''}`) ?? [];
    if (matches.length > 1) err('key', '系统中有多个事项与此事项键对应，请在事项清单中处理后再导入');
    const { guide, used } = resolveGuide(p, center.path, deps, err);
    const head = matches[0];
    out.push({
      parsed: p,
      center,
      head,
      headMaterials: head ? (materials.get(head.version.id) ?? []).map(materialOf) : [],
      guide,
      departments: used,
    });
  }
  return out;
}

const errorAt = (errors: ErrorSink, p: ParsedItem) => (key: string, message: string) =>
  errors.add(itemSheet.name, p.row, headerOf(itemSheet, key), message);

export async function planImport(db: Db, actor: Actor, parsed: readonly ParsedItem[], errors: ErrorSink): Promise<ImportPlan> {
  const plan: ImportPlan = { items: parsed.length, unchanged: 0, changes: [] };
  const resolved = await resolveImport(db, actor, parsed, errors);
  const drafts = resolved.flatMap((r) => (r.head?.version.state === 'draft' ? [r.head.version.id] : []));
  const withFiles = await materialsWithFiles(db, drafts);
  for (const { parsed: p, center, head, headMaterials: before, guide, departments } of resolved) {
    const err = errorAt(errors, p);
    const old = head ? guideOf(head.version) : undefined;
    const fields = old ? guideFields.filter((f) => canonical(old[f]) !== canonical(guide[f])) : [];
    const materialsChanged = !head || canonical(before) !== canonical(p.materials);
    const codesChanged = !!head && (head.item.localCode ?? null) !== p.localCode;
    if (head && !fields.length && !materialsChanged && !codesChanged) {
      plan.unchanged++;
      continue;
    }
    const action: ImportAction = !head
      ? 'create'
      : !fields.length && !materialsChanged
        ? 'updateCodes'
        : head.version.state === 'draft'
          ? 'updateDraft'
          : 'newDraft';
    if (!center.path.startsWith(actor.centerPath))
      err('centerCode', `该事项属于“${center.name}”，不在您的管辖范围内（委托、下放的事项由原中心修改）`);
    else if (!center.active && action === 'create') err('centerCode', `“${center.name}”已停用，不能新增事项`);
    for (const d of departments) if (!d.active) err(d.id === guide.departmentId ? 'department' : 'leadDepartment', `部门“${d.name}”已停用`);
    if (action !== 'updateCodes') draftRules(guide, p.basicCode, err);
    // A draft's uploaded 样表 and 空白表格 follow their material by name; a material with files
    // that the workbook leaves out would lose them, so the row is refused instead.
    if (action === 'updateDraft' && materialsChanged) {
      const kept = new Set(p.materials.map((m) => m.name));
      const dropped = [...(withFiles.get(head!.version.id) ?? [])].filter((name) => !kept.has(name));
      if (dropped.length)
        err(
          'key',
          `草稿中材料“${dropped.join('”“')}”已上传样表或空白表格，本次导入未包含该材料，导入会丢失这些文件。请在表格中保留同名材料，或先在事项页面删除文件后再导入`,
        );
    }
    plan.changes.push({ parsed: p, action, centerId: center.id, head, guide, fields, materialsChanged });
  }
  return plan;
}
