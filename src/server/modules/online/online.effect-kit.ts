// What a status change's effect receives and answers (the one write path runs it under the lock).
import type { OnlineCorrectionRequest } from '../../../contract/online.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/types.ts';
import type { NotificationRequest } from '../notification/index.ts';
import type { OnlineBy } from './online.actor.ts';
import type { ApplicationRow } from './online.queries.ts';

export interface OnlineActInput {
  /** The version the applicant last read (submit, resubmit). */
  version?: number;
  correction?: OnlineCorrectionRequest;
  reasons?: string;
  /** The public address the case's notices print (acceptance). */
  publicUrl?: string;
}

export interface EffectContext {
  tx: Db;
  ctx: AppContext;
  by: OnlineBy;
  row: ApplicationRow;
  input: OnlineActInput;
  now: Date;
}

export interface EffectOutcome {
  set?: Partial<ApplicationRow>;
  detail?: unknown;
  notify?: Pick<NotificationRequest, 'event' | 'vars'>;
  result?: unknown;
}
