// Today's warning boundaries at a center (warnings.ts) with its own or inherited yellow
// threshold (warning-settings.ts): what every step and follow-up colour is computed against.
import { warningBoundaries, type WarningBoundaries } from '../../../../domain/case/index.ts';
import type { WorkCalendar } from '../../../../domain/calendar/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { calendarCall } from '../../calendar/index.ts';
import { yellowWorkdaysOf } from '../warning-settings.ts';

export type InboxBounds = WarningBoundaries & { yellowWorkdays: number };

export async function boundsOf(db: Db, centerPath: string, today: string, calendar: WorkCalendar): Promise<InboxBounds> {
  const yellowWorkdays = await yellowWorkdaysOf(db, centerPath);
  return { ...calendarCall(() => warningBoundaries(today, calendar, yellowWorkdays)), yellowWorkdays };
}
