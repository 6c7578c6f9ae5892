// 引导咨询 (首问负责): each consultation logged with whoever was asked first; answers flagged
// for the knowledge base build the item's 咨询库, which the desk and the portal share.
import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { ConsultationCreate } from '../../../../contract/case.ts';
import type { z } from 'zod';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCenterInScope, centerIdInScope } from '../../org/index.ts';
import { findItem } from '../../catalog/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import { auditCase } from '../case.actor.ts';
import { consultations } from '../case.schema.ts';

type Row = typeof consultations.$inferSelect;

function view(r: Row) {
  return {
    id: r.id,
    centerId: r.centerId,
    channel: r.channel as 'visit',
    itemId: r.itemId,
    firstAskedBy: r.firstAskedByName,
    question: r.question,
    answer: r.answer,
    referredTo: r.referredTo,
    knowledgeBase: r.knowledgeBase,
    createdAt: r.createdAt,
  };
}

export async function logConsultation(db: Db, who: { actor: Actor; ip: string }, input: z.output<typeof ConsultationCreate>, now = new Date()) {
  await assertCenterInScope(db, who.actor, input.centerId);
  return db.transaction(async (tx) => {
    const row: Row = {
      id: newId(now.getTime()),
      centerId: input.centerId,
      channel: input.channel,
      itemId: input.itemId ?? null,
      askerName: input.askerName ?? null,
      askerPhone: input.askerPhone ?? null,
      firstAskedBy: who.actor.staffId,
      firstAskedByName: who.actor.name,
      question: input.question,
      answer: input.answer ?? null,
      referredTo: input.referredTo ?? null,
      // Only an answered question can teach the portal anything.
      knowledgeBase: input.knowledgeBase && !!input.answer,
      createdAt: now,
    };
    await tx.insert(consultations).values(row);
    await auditCase(tx, who, { centerId: input.centerId, action: 'consultation.log', objectType: 'consultation', objectId: row.id, summary: { channel: row.channel, itemId: row.itemId, knowledgeBase: row.knowledgeBase } });
    return view(row);
  });
}

export async function listConsultations(db: Db, actor: Actor, q: { centerId?: string | undefined; itemId?: string | undefined; page: number; pageSize: number }) {
  const conds: SQL[] = [centerIdInScope(actor, consultations.centerId)];
  if (q.centerId) conds.push(eq(consultations.centerId, q.centerId));
  if (q.itemId) conds.push(eq(consultations.itemId, q.itemId));
  const where = and(...conds);
  const [items, [total]] = await Promise.all([
    db.select().from(consultations).where(where).orderBy(desc(consultations.createdAt)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(consultations).where(where),
  ]);
  return { items: items.map(view), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The item's 咨询库 as the portal shows it: questions and answers only, no asker. */
export async function knowledgeOf(db: Db, itemId: string) {
  if (!(await findItem(db, itemId))) throw new DomainError('NOT_FOUND', { object: 'catalogItem', id: itemId });
  const items = await db
    .select({ id: consultations.id, question: consultations.question, answer: consultations.answer, createdAt: consultations.createdAt })
    .from(consultations)
    .where(and(eq(consultations.itemId, itemId), eq(consultations.knowledgeBase, true), isNotNull(consultations.answer)))
    .orderBy(desc(consultations.createdAt))
    .limit(100);
  return { items: items.map((i) => ({ ...i, answer: i.answer ?? '' })) };
}
