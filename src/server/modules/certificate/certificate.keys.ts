// The platform's signing keys: one use case per change (create the first, rotate), each in one
// transaction with its audit row. Rotation retires the active key — it stays to verify what it
// signed, since every certificate names its key id — and makes a new one active.
import { randomBytes } from 'node:crypto';
import type { SigningKeyViewData } from '../../../contract/certificate.ts';
import { signingKeyId } from '../../../domain/certificate/index.ts';
import { auditBy, type AuditSystem, type AuditWho } from '../../platform/audit/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/types.ts';
import { certificateKek, generateSigningKey } from './certificate.crypto.ts';
import { activeKey, allKeys, insertKey, retireKey, type KeyRow } from './certificate.queries.ts';

export type KeyConfig = Pick<Config, 'NODE_ENV' | 'CERTIFICATE_KEK' | 'authSecret'>;
type By = AuditWho | AuditSystem;

const byName = (by: By) => ('systemLabel' in by ? by.systemLabel : by.actor.name);

async function newKey(tx: Db, config: KeyConfig, by: By, now: Date): Promise<KeyRow> {
  const id = signingKeyId(now, randomBytes(3).toString('hex'));
  const pair = generateSigningKey(certificateKek(config), id);
  const row: KeyRow = { id, ...pair, active: true, createdAt: now, createdBy: byName(by), retiredAt: null };
  await insertKey(tx, row);
  return row;
}

/** The active key; the first issue on a new platform creates it (audited as the system's act). */
export async function ensureActiveKey(db: Db, config: KeyConfig, now = new Date()): Promise<KeyRow> {
  const found = await activeKey(db);
  if (found) return found;
  try {
    return await db.transaction(async (tx) => {
      const key = await newKey(tx, config, { systemLabel: '电子证照签发' }, now);
      await auditBy(tx, { systemLabel: '电子证照签发' }, { action: 'certificate.key.create', objectType: 'certificateKey', objectId: key.id, summary: { keyId: key.id } });
      return key;
    });
  } catch (e) {
    // Two first issues at once: the one-active index let one key in; use it.
    const other = await activeKey(db);
    if (other) return other;
    throw e;
  }
}

/** Rotate: retire the active key (kept for verification) and make a new one active. */
export async function rotateSigningKey(db: Db, config: KeyConfig, by: By, now = new Date()): Promise<SigningKeyViewData> {
  return db.transaction(async (tx) => {
    const old = await activeKey(tx, { lock: true });
    if (old) await retireKey(tx, old.id, now);
    const key = await newKey(tx, config, by, now);
    await auditBy(tx, by, { action: 'certificate.key.rotate', objectType: 'certificateKey', objectId: key.id, summary: { from: old?.id ?? null, to: key.id } });
    return keyView(key);
  });
}

export function keyView(k: KeyRow): SigningKeyViewData {
  return { id: k.id, algorithm: 'Ed25519', publicKey: k.publicKey, active: k.active, createdAt: k.createdAt, createdBy: k.createdBy, retiredAt: k.retiredAt };
}

export async function listSigningKeys(db: Db) {
  return { items: (await allKeys(db)).map(keyView) };
}
