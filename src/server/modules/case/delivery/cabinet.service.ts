// The self-service cabinet (智能柜, issue #18). The cabinet adapter calls one contract: the
// collector's code in → the door number out, with the pickup recorded (and the case ended)
// before the answer leaves, so a door never opens for a code that did not count. A code works
// once. The recall job sends results left too long back to the window, on the one job runner.
import { cabinetOverdue, pickupCodeState, type DeliveryActor } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { ModuleJobs } from '../../../platform/jobs/index.ts';
import { lockCase } from '../case.queries.ts';
import { findByCode, lockDelivery, overdueInCabinet } from './delivery.queries.ts';
import { pickupCodeHash } from './delivery.service.ts';
import { applyDelivery, lockForDelivery } from './delivery.write.ts';
import { notify } from '../case.effect-kit.ts';

const CABINET: DeliveryActor[] = ['cabinet', 'system'];
export const RECALL_ACTOR = { system: '系统（智能柜超期取回定时任务）' } as const;

export async function pickUpFromCabinet(db: Db, config: Pick<Config, 'authSecret'>, cabinetId: string, code: string, opts: { publicUrl: string; now?: Date }) {
  const now = opts.now ?? new Date();
  const hash = pickupCodeHash(config.authSecret, cabinetId, code);
  return db.transaction(async (tx) => {
    const hit = await findByCode(tx, cabinetId, hash);
    if (!hit) throw new DomainError('PICKUP_CODE_INVALID');
    // Locks in the order every hand-out takes them (case, then hand-out): two presses of one
    // code, or a press and the window's recall, queue here instead of deadlocking.
    await lockCase(tx, hit.caseId);
    const found = await lockDelivery(tx, hit.caseId);
    if (!found?.codeExpiresAt || found.codeHash !== hash) throw new DomainError('PICKUP_CODE_INVALID');
    const state = pickupCodeState({ status: found.status, expiresAt: found.codeExpiresAt, usedAt: found.codeUsedAt }, now);
    if (state === 'used') throw new DomainError('PICKUP_CODE_USED');
    if (state !== 'usable') throw new DomainError('PICKUP_CODE_EXPIRED');
    const by = { system: `智能柜 ${cabinetId}` };
    const checked = await lockForDelivery(tx, by, found.caseId, 'cabinet.pick_up', CABINET);
    await applyDelivery(tx, by, CABINET, checked, { action: 'cabinet.pick_up', set: { codeUsedAt: now }, detail: { cabinetId, door: found.cabinetDoor } }, { publicUrl: opts.publicUrl, now });
    return { door: found.cabinetDoor!, caseNumber: checked.caseRow.number, itemName: checked.caseRow.itemName };
  });
}

/** 超期未取: every result in a cabinet for CABINET_HOLD_DAYS goes back to the window; one case's failure does not stop the sweep. */
export async function recallOverdueResults(db: Db, config: Pick<Config, 'CABINET_HOLD_DAYS'>, now: Date, opts: { publicUrl: string; batch?: number }) {
  const before = new Date(now.getTime() - config.CABINET_HOLD_DAYS * 86_400_000);
  const due = await overdueInCabinet(db, before, opts.batch ?? 200);
  const recalled: string[] = [];
  const failed: { caseId: string; error: string }[] = [];
  for (const d of due) {
    try {
      await db.transaction(async (tx) => {
        const checked = await lockForDelivery(tx, RECALL_ACTOR, d.caseId, 'cabinet.recall', ['system']);
        // Picked up meanwhile, or deposited again: the lock shows the truth.
        const at = checked.current?.depositedAt;
        if (checked.status !== 'in_cabinet' || !at || !cabinetOverdue(at, now, config.CABINET_HOLD_DAYS)) return;
        const detail = { cabinetId: checked.current?.cabinetId ?? null, door: checked.current?.cabinetDoor ?? null, by: 'job', days: config.CABINET_HOLD_DAYS };
        await applyDelivery(tx, RECALL_ACTOR, ['system'], checked, { action: 'cabinet.recall', set: {}, detail, notify: notify('delivery.cabinet-expired', { holdDays: String(config.CABINET_HOLD_DAYS) }) }, { publicUrl: opts.publicUrl, now });
        recalled.push(d.caseId);
      });
    } catch (e) {
      failed.push({ caseId: d.caseId, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { recalled, failed };
}

export const CABINET_RECALL_JOB = 'case-cabinet-recall';

export const deliveryJobs: ModuleJobs = (jobs, ctx) => {
  jobs.register({
    name: CABINET_RECALL_JOB,
    cron: '7 * * * *',
    handler: async () => {
      const publicUrl = ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`;
      const r = await recallOverdueResults(ctx.db, ctx.config, new Date(), { publicUrl });
      if (r.failed.length) throw new Error(`智能柜超期取回：${r.recalled.length} 件已取回，${r.failed.length} 件失败：${r.failed.map((f) => f.error).join('；').slice(0, 400)}`);
      return { recalled: r.recalled.length };
    },
  });
};
