// The window's hand-out actions (issue #18): hand out at the window (ID check and signature),
// mail (寄出 → 已签收 / 退回), put in a cabinet (single-use code by SMS) and take back. Each
// request is one use case through the one write path (delivery.write.ts), in one transaction.
import { createHmac, randomInt } from 'node:crypto';
import type { DeliveryActionRequest } from '../../../../contract/delivery.ts';
import { checkCollector, pickupCodeExpiry, type DeliveryActor } from '../../../../domain/case/index.ts';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { Config } from '../../../platform/config.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/types.ts';
import type { FileStore } from '../../../platform/files/index.ts';
import { maskIdNumber } from '../read/mask.ts';
import { applyDelivery, lockForDelivery, type DeliveryChange } from './delivery.write.ts';
import { applicationOf, doorTaken } from './delivery.queries.ts';
import { deliveryView } from './delivery.read.ts';
import { notify } from '../case.effect-kit.ts';

type Who = { actor: Actor; ip: string };
export interface DeliveryDeps {
  config: Pick<Config, 'authSecret' | 'PICKUP_CODE_TTL_HOURS' | 'CABINET_DOORS'>;
  files: () => Promise<FileStore>;
  publicUrl: string;
}

/** The code is kept only as an HMAC bound to its cabinet: a leaked table gives no usable code. */
export function pickupCodeHash(secret: string, cabinetId: string, code: string): string {
  return createHmac('sha256', secret).update(`${cabinetId}:${code}`).digest('hex');
}

export function newPickupCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** The signature pad's PNG, kept in the file store; the row keeps its SHA-256. */
async function storeSignature(files: FileStore, png: string): Promise<string> {
  const bytes = Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64');
  if (bytes.length < 64) throw new DomainError('DELIVERY_SIGNATURE_REQUIRED');
  try {
    return (await files.put(bytes, { allowed: ['png'], maxBytes: 1_000_000 })).sha256;
  } catch {
    throw new DomainError('DELIVERY_SIGNATURE_REQUIRED', { reason: 'not a PNG image' });
  }
}

export async function actOnDelivery(db: Db, who: Who, caseId: string, req: DeliveryActionRequest, deps: DeliveryDeps, now = new Date()) {
  const roles: DeliveryActor[] = who.actor.roles;
  // The file goes to the store first (content-addressed: a retry or a rollback leaves one harmless blob).
  const signature = req.action === 'window.hand_out' ? await storeSignature(await deps.files(), req.signaturePng) : null;
  const opts = { publicUrl: deps.publicUrl, now };
  await db.transaction(async (tx) => {
    const checked = await lockForDelivery(tx, who, caseId, req.action, roles);
    const { caseRow } = checked;
    let change: DeliveryChange;
    switch (req.action) {
      case 'window.hand_out': {
        const { agent } = await applicationOf(tx, caseRow.applicationId);
        const check = checkCollector(req.collector, { idType: caseRow.applicantIdType, idNumber: caseRow.applicantIdNumber }, agent, now);
        if (!check.ok) throw new DomainError(check.reason === 'invalid' ? 'DELIVERY_COLLECTOR_ID_INVALID' : 'DELIVERY_COLLECTOR_MISMATCH');
        change = {
          action: req.action,
          set: { collectorName: req.collector.name, collectorIdType: req.collector.idType, collectorIdNumber: check.idNumber, collectorAs: check.as, signatureSha256: signature },
          detail: { collector: req.collector.name, as: check.as, idNumber: maskIdNumber(req.collector.idType, check.idNumber) },
          note: req.note,
        };
        break;
      }
      case 'mail.send':
        change = {
          action: req.action,
          set: { address: req.address, recipient: req.recipient, recipientPhone: req.phone, courier: req.courier, waybill: req.waybill.toUpperCase(), handedOutAt: null },
          detail: { courier: req.courier, waybill: req.waybill.toUpperCase() },
          notify: notify('delivery.mailed', { courier: req.courier, waybill: req.waybill.toUpperCase() }),
        };
        break;
      case 'mail.signed':
        change = { action: req.action, set: {}, detail: { waybill: checked.current?.waybill ?? null }, note: req.note };
        break;
      case 'mail.returned':
        change = { action: req.action, set: {}, detail: { waybill: checked.current?.waybill ?? null }, note: req.note, notify: notify('delivery.mail-returned', {}) };
        break;
      case 'cabinet.deposit': {
        if (req.door > deps.config.CABINET_DOORS || (await doorTaken(tx, req.cabinetId, req.door, caseId))) throw new DomainError('DELIVERY_DOOR_INVALID', { cabinetId: req.cabinetId, door: req.door });
        const code = newPickupCode();
        const expiresAt = pickupCodeExpiry(now, deps.config.PICKUP_CODE_TTL_HOURS);
        change = {
          action: req.action,
          set: { cabinetId: req.cabinetId, cabinetDoor: req.door, codeHash: pickupCodeHash(deps.config.authSecret, req.cabinetId, code), codeExpiresAt: expiresAt, codeUsedAt: null, depositedAt: now },
          detail: { cabinetId: req.cabinetId, door: req.door, expiresAt: expiresAt.toISOString() },
          notify: notify('delivery.cabinet-stored', { cabinetId: req.cabinetId, pickupCode: code, hours: String(deps.config.PICKUP_CODE_TTL_HOURS) }),
        };
        break;
      }
      case 'cabinet.recall':
        change = { action: req.action, set: {}, detail: { cabinetId: checked.current?.cabinetId ?? null, door: checked.current?.cabinetDoor ?? null, by: 'window' }, note: req.note, notify: notify('delivery.cabinet-taken-back', {}) };
        break;
    }
    await applyDelivery(tx, who, roles, checked, change, opts);
  });
  return deliveryView(db, who.actor, caseId);
}
