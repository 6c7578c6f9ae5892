export type { AuditResult, AuditRow, AuditVerifyResult } from '../../../contract/audit.ts';
import type { AuditResult } from '../../../contract/audit.ts';

/** The query GET /audit accepts; times travel as ISO instants. */
export interface AuditFilter {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  objectType?: string;
  result?: AuditResult;
}
