// 委托代理 (issue #19, decision 0044): a person or an enterprise lets another account act for
// it in the online hall, for every item or a list of items, until a day (Asia/Shanghai,
// inclusive). Offered until the agent accepts; either side revokes; a revoked mandate stays
// revoked. Pure: the server keeps the mandate and the clock, these functions decide.
import { addDays, isIsoDate, type IsoDate } from '../calendar/index.ts';

export const mandateStatuses = ['offered', 'accepted', 'revoked'] as const;
export type MandateStatus = (typeof mandateStatuses)[number];
/** What the portal shows: the stored status, with 'expired' once the last day has passed. */
export type MandateState = 'offered' | 'active' | 'expired' | 'revoked';

/** The longest a mandate may be granted for, in days from today. */
export const MANDATE_MAX_DAYS = 3 * 366;

const CHINA_OFFSET_MS = 8 * 3_600_000; // China Standard Time, no daylight saving

/** The Asia/Shanghai calendar day of an instant. */
export function shanghaiDay(now: Date): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10) as IsoDate;
}

export interface MandateFacts {
  status: MandateStatus;
  validUntil: string;
  /** null: every item. */
  itemIds: readonly string[] | null;
}

export function mandateState(m: MandateFacts, now: Date): MandateState {
  if (m.status === 'revoked') return 'revoked';
  if (m.validUntil < shanghaiDay(now)) return 'expired';
  return m.status === 'offered' ? 'offered' : 'active';
}

export type MandateRefusal = 'MANDATE_NOT_ACCEPTED' | 'MANDATE_REVOKED' | 'MANDATE_EXPIRED' | 'MANDATE_OUT_OF_SCOPE';

/** Why the agent may not act under the mandate now (for these items, when given), or undefined. */
export function mandateRefusal(m: MandateFacts, now: Date, itemIds?: readonly string[]): MandateRefusal | undefined {
  const state = mandateState(m, now);
  if (state === 'revoked') return 'MANDATE_REVOKED';
  if (state === 'expired') return 'MANDATE_EXPIRED';
  if (state === 'offered') return 'MANDATE_NOT_ACCEPTED';
  if (m.itemIds && itemIds?.some((id) => !m.itemIds!.includes(id))) return 'MANDATE_OUT_OF_SCOPE';
  return undefined;
}

/** Why a last day is refused when granting: not a date, already past, or too far ahead. */
export function validUntilRefusal(validUntil: string, now: Date): 'MANDATE_VALID_UNTIL_INVALID' | undefined {
  if (!isIsoDate(validUntil)) return 'MANDATE_VALID_UNTIL_INVALID';
  const today = shanghaiDay(now);
  if (validUntil < today || validUntil > addDays(today, MANDATE_MAX_DAYS)) return 'MANDATE_VALID_UNTIL_INVALID';
  return undefined;
}

/** What an action on a mandate is refused for: accepting needs an offered, unexpired one; revoking one not yet revoked. */
export function mandateActionRefusal(m: MandateFacts, action: 'accept' | 'revoke', now: Date): 'MANDATE_REVOKED' | 'MANDATE_EXPIRED' | 'MANDATE_ALREADY_ACCEPTED' | undefined {
  const state = mandateState(m, now);
  if (state === 'revoked') return 'MANDATE_REVOKED';
  if (action === 'revoke') return undefined;
  if (state === 'expired') return 'MANDATE_EXPIRED';
  if (state === 'active') return 'MANDATE_ALREADY_ACCEPTED';
  return undefined;
}
