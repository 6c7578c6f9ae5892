export type AuditResult = 'ok' | 'failed' | 'denied';

/** One row of GET /audit. */
export interface AuditRow {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  centerId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  /** The name of the staff member the row is about (objectType 'staff'), else null. */
  objectName: string | null;
  result: AuditResult;
  ip: string | null;
  summary: unknown;
  sealed: boolean;
}

/** The query GET /audit accepts; times travel as ISO instants. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  objectType?: string;
  result?: AuditResult;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  brokenAt?: number;
  reason?: string;
}
