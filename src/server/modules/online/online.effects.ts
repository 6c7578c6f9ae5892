// What each status change of an online application does besides moving the state (the table in
// src/domain/online/states.ts decides whether it may happen at all).
import { DomainError } from '../../../domain/errors/index.ts';
import { preReviewDue, submitProblems, type OnlineAction } from '../../../domain/online/index.ts';
import { chinaToday } from '../calendar/index.ts';
import { actingAs } from '../citizen/index.ts';
import { findCenter } from '../org/index.ts';
import { acceptApplication } from './online.accept.ts';
import { itemDefs, itemNamesOf, tailor } from './online.items.ts';
import { filesOf } from './online.queries.ts';
import { calendars } from './online.views.ts';
import type { EffectContext, EffectOutcome } from './online.effect-kit.ts';

async function centerOf(c: EffectContext) {
  const center = await findCenter(c.tx, c.row.centerId);
  if (!center) throw new DomainError('NOT_FOUND', { object: 'center', id: c.row.centerId });
  return center;
}

/** 提交 / 补正后提交: complete, the applicant as the account may act for now, the pre-review clock started. */
async function submit(c: EffectContext): Promise<EffectOutcome> {
  if (!('citizen' in c.by)) throw new DomainError('FORBIDDEN');
  const { tx, row, now } = c;
  const defs = await itemDefs(tx, row.items);
  const files = await filesOf(tx, row.id);
  const checked = row.items.map((it, i) => {
    const def = defs[i]!;
    return {
      itemId: it.itemId,
      itemName: def.itemName,
      formSchema: def.formSchema,
      formData: it.formData,
      materials: tailor(def, it.situationAnswers).asked,
      filed: new Set(files.filter((f) => f.itemId === it.itemId).map((f) => f.materialId)),
    };
  });
  const problems = submitProblems(checked, row.sharedFields);
  if (problems.length) throw new DomainError('ONLINE_INCOMPLETE', { problems });
  const acting = await actingAs(tx, c.by.citizen, row.subject, { itemIds: row.items.map((i) => i.itemId), now });
  const center = await centerOf(c);
  const due = preReviewDue(chinaToday(now), c.ctx.config.ONLINE_PREREVIEW_WORKING_DAYS, await calendars(tx, now)(center.regionCode));
  return {
    set: { applicant: acting.applicant, agent: acting.agent ?? null, submittedAt: now, reviewDue: due },
    detail: { round: row.correctionRounds + 1, reviewDue: due, files: files.length },
  };
}

/** 一次性告知补正: every defect named at once, against the application's own items and materials. */
async function requestCorrection(c: EffectContext): Promise<EffectOutcome> {
  const asked = c.input.correction;
  if (!asked) throw new DomainError('VALIDATION_FAILED', { field: 'materials' });
  const defs = await itemDefs(c.tx, c.row.items);
  const materials = asked.materials.map((m) => {
    const material = defs.find((d) => d.itemId === m.itemId)?.materials.find((x) => x.id === m.materialId);
    if (!material) throw new DomainError('ONLINE_MATERIAL_UNKNOWN', { itemId: m.itemId, materialId: m.materialId });
    return { itemId: m.itemId, materialId: m.materialId, materialName: material.name, reason: m.reason };
  });
  const correction = { materials, note: asked.note ?? null, requestedAt: c.now.toISOString() };
  const center = await centerOf(c);
  return {
    set: { correction, correctionRounds: c.row.correctionRounds + 1 },
    detail: correction,
    notify: {
      event: 'online.correction_requested',
      vars: { centerName: center.name, itemName: itemNamesOf(c.row), count: String(materials.length) },
    },
  };
}

async function refuse(c: EffectContext): Promise<EffectOutcome> {
  const reasons = c.input.reasons?.trim();
  if (!reasons) throw new DomainError('VALIDATION_FAILED', { field: 'reasons' });
  const center = await centerOf(c);
  return {
    set: { refusalReasons: reasons },
    detail: { reasons },
    notify: { event: 'online.refused', vars: { centerName: center.name, itemName: itemNamesOf(c.row), reasons } },
  };
}

async function withdraw(): Promise<EffectOutcome> {
  return {};
}

export const onlineEffects: Record<OnlineAction, (c: EffectContext) => Promise<EffectOutcome>> = {
  submit,
  resubmit: submit,
  withdraw,
  'review.request_correction': requestCorrection,
  'review.refuse': refuse,
  'review.accept': acceptApplication,
};
