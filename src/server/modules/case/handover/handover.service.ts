// 流转表: after acceptance the paper materials travel to the department, and at the decision the
// file and the result travel back to the window (decision 0033). The log says when, from whom,
// to whom and what; the receiving side confirms by scanning the case barcode.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ChecklistEntry } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Actor } from '../../../platform/context.ts';
import { writeLater } from '../../../platform/db/pipelined.ts';
import { insertRows } from '../../../platform/db/json-rows.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { auditCase } from '../case.actor.ts';
import { caseHandovers } from '../case.schema.ts';
import { caseByNumber } from '../read/list.read.ts';
import { readableCase } from '../read/page.read.ts';
import { assertCaseWritable } from '../case.archived.ts';

type Who = { actor: Actor; ip: string };
const handedStates = new Set(['accepted', 'in_review', 'decided_approved', 'decided_refused']);

function view(h: typeof caseHandovers.$inferSelect, caseNumber: string) {
  return {
    id: h.id,
    caseId: h.caseId,
    caseNumber,
    fromName: h.fromName,
    toDepartment: h.toDepartment,
    items: h.items,
    createdAt: h.createdAt,
    confirmedAt: h.confirmedAt,
    confirmedByName: h.confirmedByName,
    direction: h.direction,
  };
}

export async function createHandover(db: Db, who: Who, caseId: string, input: { toDepartment: string; items: string }, now = new Date()) {
  const row = await readableCase(db, who.actor, caseId);
  assertCaseWritable(row);
  if (!handedStates.has(row.state)) throw new DomainError('CASE_ACTION_NOT_ALLOWED', { ok: false, reason: 'state', state: row.state, action: 'handover' });
  return db.transaction(async (tx) => {
    const h = { id: newId(now.getTime()), caseId, fromStaffId: who.actor.staffId, fromName: who.actor.name, toDepartment: input.toDepartment, items: input.items, createdAt: now };
    await tx.insert(caseHandovers).values(h);
    await auditCase(tx, who, { centerId: row.centerId, action: 'case.handover', objectId: caseId, summary: { number: row.number, toDepartment: input.toDepartment } });
    return view({ ...h, confirmedAt: null, confirmedBy: null, confirmedByName: null, direction: 'to_department' }, row.number);
  });
}

/** What travels on paper: the received lines with originals or copies, as the 流转表 lists them. */
export function paperItems(checklist: readonly ChecklistEntry[], nameOf: (materialId: string) => string): string {
  return checklist
    .filter((e) => e.status === 'received' && e.originals + e.copies > 0)
    .map((e) => [nameOf(e.materialId), e.originals ? `原件 ${e.originals} 份` : '', e.copies ? `复印件 ${e.copies} 份` : ''].filter(Boolean).join(' '))
    .join('；');
}

/**
 * Inside an acceptance (any outcome, through actOnCase): the paper materials start their way
 * to the department in the same transaction, so no accepted case's papers go unlogged. The
 * entry stays pending on the case page until the department scans the case barcode.
 */
export async function handOverPapers(
  tx: Db,
  c: { row: { id: string }; checklist: readonly ChecklistEntry[]; lines: readonly { materialId: string; name: string }[]; place: { department: { name: string } }; by: { actor: Actor } | { system: string }; now: Date },
): Promise<void> {
  const items = paperItems(c.checklist, (id) => c.lines.find((l) => l.materialId === id)?.name ?? id);
  if (!items) return;
  const from = 'system' in c.by ? { fromStaffId: 'system', fromName: c.by.system } : { fromStaffId: c.by.actor.staffId, fromName: c.by.actor.name };
  // Sent with the transaction's next statement where it is pipelined (decision 0047).
  await writeLater(tx, insertRows(caseHandovers, [{ id: newId(c.now.getTime()), caseId: c.row.id, ...from, toDepartment: c.place.department.name, items, createdAt: c.now }]));
}

/**
 * The way back (decision 0033): inside the decision (through actOnCase) the department hands
 * the paper file and the result back to the window of origin, in the same transaction; the
 * window confirms its arrival by scanning the case barcode (or the button on the case page).
 */
export async function handBackPapers(
  tx: Db,
  c: { row: { id: string }; checklist: readonly ChecklistEntry[]; lines: readonly { materialId: string; name: string }[]; place: { center: { name: string }; department: { name: string } }; by: { actor: Actor } | { system: string }; now: Date },
  result: string,
): Promise<void> {
  const papers = paperItems(c.checklist, (id) => c.lines.find((l) => l.materialId === id)?.name ?? id);
  const items = [result, papers && `申请材料：${papers}`].filter(Boolean).join('；');
  const from = 'system' in c.by ? { fromStaffId: 'system', fromName: c.by.system } : { fromStaffId: c.by.actor.staffId, fromName: `${c.place.department.name} ${c.by.actor.name}` };
  await tx.insert(caseHandovers).values({ id: newId(c.now.getTime()), caseId: c.row.id, ...from, toDepartment: `${c.place.center.name}综合窗口`, items, createdAt: c.now, direction: 'to_window' });
}

type Direction = 'to_department' | 'to_window';

/** Which leg a scan confirms when the request does not say: the window receives results, the departments papers. */
function directionOf(actor: Actor): Direction {
  const backOffice = actor.roles.some((r) => r === 'approver' || r === 'department_head');
  return !backOffice && actor.roles.includes('window_clerk') ? 'to_window' : 'to_department';
}

/**
 * The receiving side scans the case barcode: the oldest open handover of the case on the leg
 * asked for is confirmed; without one, the leg of the scanner's side first (the window receives
 * results, the departments papers), else the oldest open of either.
 */
export async function confirmHandover(db: Db, who: Who, caseNumber: string, now = new Date(), asked?: Direction) {
  const found = await caseByNumber(db, who.actor, caseNumber);
  const row = await readableCase(db, who.actor, found.id);
  assertCaseWritable(row);
  return db.transaction(async (tx) => {
    const pending = await tx
      .select()
      .from(caseHandovers)
      .where(and(eq(caseHandovers.caseId, row.id), isNull(caseHandovers.confirmedAt)))
      .orderBy(asc(caseHandovers.createdAt))
      .for('update');
    const open = asked ? pending.find((h) => h.direction === asked) : (pending.find((h) => h.direction === directionOf(who.actor)) ?? pending[0]);
    const direction = open?.direction;
    if (!open) throw new DomainError('CASE_HANDOVER_NOT_FOUND', { number: caseNumber });
    const set = { confirmedAt: now, confirmedBy: who.actor.staffId, confirmedByName: who.actor.name };
    await tx.update(caseHandovers).set(set).where(eq(caseHandovers.id, open.id));
    await auditCase(tx, who, { centerId: row.centerId, action: 'case.handover.confirm', objectId: row.id, summary: { number: row.number, handoverId: open.id, direction } });
    return view({ ...open, ...set }, row.number);
  });
}
