import { createHash } from 'node:crypto';

export interface AuditRow {
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  centerId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  ip: string | null;
  summary: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so the hash does not depend on the order a driver returns jsonb keys in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditRowHash(prevHash: string, row: AuditRow): string {
  const body = canonicalJson({ ...row, at: new Date(row.at).toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
