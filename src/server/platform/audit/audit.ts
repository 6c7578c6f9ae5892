import { and, asc, desc, eq, gt, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { insertRows } from '../db/json-rows.ts';
import type { Db } from '../db/types.ts';
import { auditLog, auditSeal } from './audit.schema.ts';
import { auditRowHash, GENESIS_HASH, type AuditRow } from './audit-hash.ts';

export interface AuditEntry {
  actorId?: string | null;
  actorName?: string | null;
  actorRole?: string | null;
  centerId?: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result?: 'ok' | 'denied' | 'failed';
  ip?: string | null;
  summary?: unknown;
}

/** Append one audit row. Call it with the transaction that makes the change. */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditValues(entry));
}

function auditValues(entry: AuditEntry) {
  return {
    at: new Date(),
    actorId: entry.actorId ?? null,
    actorName: entry.actorName ?? null,
    actorRole: entry.actorRole ?? null,
    centerId: entry.centerId ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'ok',
    ip: entry.ip ?? null,
    summary: (entry.summary ?? null) as never,
  };
}

/** Who acts in a request: the staff member and the address they came from. */
export interface AuditWho {
  actor: { staffId: string; name: string; roles: readonly string[] };
  ip: string;
}

/** Append one audit row for a staff member's action (the common case of recordAudit). */
export function auditAs(tx: Db, who: AuditWho, entry: Omit<AuditEntry, 'actorId' | 'actorName' | 'actorRole' | 'ip'>): Promise<void> {
  return recordAudit(tx, {
    ...entry,
    actorId: who.actor.staffId,
    actorName: who.actor.name,
    actorRole: who.actor.roles.join(','),
    ip: who.ip,
  });
}

/** A visitor with no account (kiosk, phone, portal), named by the channel they came through. */
export interface AuditVisitor {
  ip: string;
  visitorLabel: string;
}

/** A background job, named by what it does. */
export interface AuditSystem {
  systemLabel: string;
}

/** Append one audit row for whoever acted: a staff member, a visitor or a background job. */
export function auditBy(
  tx: Db,
  by: AuditWho | AuditVisitor | AuditSystem,
  entry: Omit<AuditEntry, 'actorId' | 'actorName' | 'actorRole' | 'ip'>,
): Promise<void> {
  if ('actor' in by) return auditAs(tx, by, entry);
  if ('systemLabel' in by) return recordAudit(tx, { ...entry, actorName: by.systemLabel, actorRole: 'system' });
  return recordAudit(tx, { ...entry, actorName: by.visitorLabel, actorRole: 'visitor', ip: by.ip });
}

function entryBy(by: AuditWho | AuditVisitor | AuditSystem, entry: Omit<AuditEntry, 'actorId' | 'actorName' | 'actorRole' | 'ip'>): AuditEntry {
  if ('actor' in by) return { ...entry, actorId: by.actor.staffId, actorName: by.actor.name, actorRole: by.actor.roles.join(','), ip: by.ip };
  if ('systemLabel' in by) return { ...entry, actorName: by.systemLabel, actorRole: 'system' };
  return { ...entry, actorName: by.visitorLabel, actorRole: 'visitor', ip: by.ip };
}

/**
 * The same rows as auditBy, as an INSERT not yet sent: a hot write path embeds it in its own
 * statement (`sql\`WITH … AS (${insert}) …\``) to spend one round trip on several writes.
 */
export function auditInsertBy(
  by: AuditWho | AuditVisitor | AuditSystem,
  entries: readonly Omit<AuditEntry, 'actorId' | 'actorName' | 'actorRole' | 'ip'>[],
  asJsonb?: (text: string) => SQL,
): SQL {
  // The rows as one JSON parameter (decision 0053); `asJsonb` lets the case write path put drawn numbers into the summaries.
  return insertRows(auditLog, entries.map((e) => auditValues(entryBy(by, e))), asJsonb);
}

const SEAL_LOCK = 727_002;

/**
 * Chain every unsealed row onto the last seal, in sequence order. Only rows of committed
 * transactions are visible, and a row with a lower seq may still be in flight: we stop at
 * the first gap younger than a few seconds, so a late commit is never skipped.
 */
export async function sealAudit(db: Db, batch = 5000): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`);
    const [last] = await tx.select().from(auditSeal).orderBy(desc(auditSeal.seq)).limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    let expected = (last?.seq ?? 0) + 1;
    const rows = await tx
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, last?.seq ?? 0))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    const seals: { seq: number; prevHash: string; hash: string }[] = [];
    for (const row of rows) {
      // Sequences skip numbers after a rollback; wait a little before accepting a gap.
      if (row.seq !== expected && Date.now() - row.at.getTime() < 5000) break;
      const hash = auditRowHash(prevHash, row as AuditRow);
      seals.push({ seq: row.seq, prevHash, hash });
      prevHash = hash;
      expected = row.seq + 1;
    }
    if (seals.length > 0) await tx.insert(auditSeal).values(seals);
    return seals.length;
  });
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  unsealedOld: number;
  brokenAt?: number;
  reason?: string;
}

/** Walk the sealed chain from the start; name the first row whose hash or link is wrong. */
export async function verifyAudit(db: Db, onProgress?: (done: number, total: number) => void): Promise<VerifyResult> {
  const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(auditSeal)) as [{ total: number }];
  let prevHash = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select({ log: auditLog, seal: auditSeal })
      .from(auditSeal)
      .leftJoin(auditLog, eq(auditLog.seq, auditSeal.seq))
      .where(gt(auditSeal.seq, after))
      .orderBy(asc(auditSeal.seq))
      .limit(2000);
    if (rows.length === 0) break;
    for (const { log, seal } of rows) {
      if (!log) return { ok: false, checked, unsealedOld: 0, brokenAt: seal.seq, reason: 'row missing' };
      if (seal.prevHash !== prevHash) return { ok: false, checked, unsealedOld: 0, brokenAt: seal.seq, reason: 'link broken' };
      if (auditRowHash(prevHash, log as AuditRow) !== seal.hash) {
        return { ok: false, checked, unsealedOld: 0, brokenAt: seal.seq, reason: 'content changed' };
      }
      prevHash = seal.hash;
      after = seal.seq;
      checked++;
    }
    onProgress?.(checked, total);
  }
  // Any row left unsealed for a minute is a failure, wherever it sits: a transaction that
  // committed after the sealer stepped over its sequence gap must not pass silently.
  const stale = await db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .leftJoin(auditSeal, eq(auditSeal.seq, auditLog.seq))
    .where(and(isNull(auditSeal.seq), lte(auditLog.at, new Date(Date.now() - 60_000))))
    .orderBy(asc(auditLog.seq));
  if (stale.length > 0) return { ok: false, checked, unsealedOld: stale.length, brokenAt: stale[0]!.seq, reason: 'old rows never sealed' };
  return { ok: true, checked, unsealedOld: 0 };
}

export interface AuditSearch {
  from?: Date;
  to?: Date;
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: string;
  centerIds?: string[];
  limit: number;
  offset: number;
}

export async function searchAudit(db: Db, q: AuditSearch) {
  const conds: SQL[] = [];
  if (q.from) conds.push(gte(auditLog.at, q.from));
  if (q.to) conds.push(lte(auditLog.at, q.to));
  if (q.actor) conds.push(or(ilike(auditLog.actorName, `%${q.actor}%`), eq(auditLog.actorId, q.actor))!);
  if (q.action) conds.push(ilike(auditLog.action, `${q.action}%`));
  if (q.objectType) conds.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) conds.push(eq(auditLog.objectId, q.objectId));
  if (q.result) conds.push(eq(auditLog.result, q.result));
  const where = conds.length ? and(...conds) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select({ log: auditLog, hash: auditSeal.hash })
      .from(auditLog)
      .leftJoin(auditSeal, eq(auditSeal.seq, auditLog.seq))
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(where),
  ]);
  return { items: items.map((r) => ({ ...r.log, sealed: r.hash !== null })), total: count?.total ?? 0 };
}
