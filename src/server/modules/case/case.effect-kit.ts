// What every action's own effect receives and returns, and the small helpers the effects share
// (the applicant's message, a pending notice, dates, where to collect the result). Split from
// case.effects.ts so the back office's effects (decisions/) use them without an import cycle.
import type { ChecklistEntry } from '../../../domain/case/index.ts';
import type { ApplicantBaseVar, EventVars, NotificationEventKey } from '../../../domain/notification/index.ts';
import type { Db } from '../../platform/db/types.ts';
import type { CaseBy } from './case.actor.ts';
import type { Pinned, Place } from './case.pinned.ts';
import type { CaseRow, MaterialLine } from './case.queries.ts';
import type { ActInput } from './case.rules.ts';
import type { LedgerRecord } from '../../../domain/case/index.ts';
import type { PendingNotice, Specific } from './notices/issue.ts';

export interface EffectContext {
  row: CaseRow;
  pinned: Pinned;
  place: Place;
  checklist: ChecklistEntry[];
  lines: MaterialLine[];
  input: ActInput;
  by: CaseBy;
  today: string;
  now: Date;
  publicUrl: string;
}

export interface Effect {
  set: Partial<CaseRow>;
  /** Numbered and stored by the write path as its last writes. */
  notices: PendingNotice[];
  /** The message to the applicant about this step (an event of src/domain/notification), sent by the write path. */
  notify?: ApplicantNotice;
  visit?: 'return' | 'pickup';
  /** The ticket the visit came with, when the request named none (the one being served now). */
  visitTicketId?: string;
  /** A clock ledger record (pause, pause end, extension), kept with the action in the log. */
  ledger?: LedgerRecord;
}

export type Run = (tx: Db, c: EffectContext) => Promise<Effect>;

/** A message to the applicant: the event and its own variables; the center, item and case number are added when it is sent. */
export interface ApplicantNotice {
  event: NotificationEventKey;
  vars: Readonly<Record<string, string>>;
}
export const notify = <E extends NotificationEventKey>(event: E, vars: Readonly<Record<Exclude<EventVars<E>, ApplicantBaseVar>, string>>): ApplicantNotice => ({ event, vars });
export const pending = <K extends PendingNotice['kind']>(kind: K, specific: Specific<K>) => ({ kind, specific }) as unknown as PendingNotice;
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }); // built once: building one costs more than the rest of an effect
export const dateOf = (d: Date) => chinaDate.format(d);
export const collectionOf = (c: EffectContext) => `${c.pinned.version.address || c.place.center.address || c.place.center.name}综合出件窗口领取，或申请邮寄送达`;
